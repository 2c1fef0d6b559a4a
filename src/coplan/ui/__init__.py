"""The Qt user interface. Imports the domain, never the other way round."""
