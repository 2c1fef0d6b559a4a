"""Support: the log, the exception hook, and what Help → About tells IT."""
