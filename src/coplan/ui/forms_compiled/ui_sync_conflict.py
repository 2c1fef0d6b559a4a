# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflict.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncConflictDialog(object):
    def setupUi(self, SyncConflictDialog):
        if not SyncConflictDialog.objectName():
            SyncConflictDialog.setObjectName(u"SyncConflictDialog")
        SyncConflictDialog.resize(1200, 680)
        self.rootLayout = QVBoxLayout(SyncConflictDialog)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(SyncConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.tableLabel = QLabel(SyncConflictDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.rootLayout.addWidget(self.tableLabel)

        self.choicesTable = QTableWidget(SyncConflictDialog)
        self.choicesTable.setObjectName(u"choicesTable")
        self.choicesTable.setAlternatingRowColors(True)
        self.choicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.choicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choicesTable.setWordWrap(True)
        self.choicesTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.choicesTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.choicesTable)

        self.stateLabel = QLabel(SyncConflictDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.stateLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.keepLaptopButton = QPushButton(SyncConflictDialog)
        self.keepLaptopButton.setObjectName(u"keepLaptopButton")
        self.keepLaptopButton.setAutoDefault(False)

        self.buttons.addWidget(self.keepLaptopButton)

        self.keepTeamButton = QPushButton(SyncConflictDialog)
        self.keepTeamButton.setObjectName(u"keepTeamButton")
        self.keepTeamButton.setAutoDefault(False)

        self.buttons.addWidget(self.keepTeamButton)

        self.combineButton = QPushButton(SyncConflictDialog)
        self.combineButton.setObjectName(u"combineButton")
        self.combineButton.setAutoDefault(False)

        self.buttons.addWidget(self.combineButton)

        self.buttonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsStretch)

        self.laterButton = QPushButton(SyncConflictDialog)
        self.laterButton.setObjectName(u"laterButton")
        self.laterButton.setAutoDefault(False)

        self.buttons.addWidget(self.laterButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.choicesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choicesTable, self.keepLaptopButton)
        QWidget.setTabOrder(self.keepLaptopButton, self.keepTeamButton)
        QWidget.setTabOrder(self.keepTeamButton, self.combineButton)
        QWidget.setTabOrder(self.combineButton, self.laterButton)

        self.retranslateUi(SyncConflictDialog)

        QMetaObject.connectSlotsByName(SyncConflictDialog)
    # setupUi

    def retranslateUi(self, SyncConflictDialog):
        SyncConflictDialog.setWindowTitle(QCoreApplication.translate("SyncConflictDialog", u"Changed here and in the team database", None))
        self.tableLabel.setText(QCoreApplication.translate("SyncConflictDialog", u"&What differs, side by side: tick the one to keep in each row", None))
#if QT_CONFIG(accessibility)
        self.choicesTable.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"What differs, side by side", None))
#endif // QT_CONFIG(accessibility)
        self.keepLaptopButton.setText(QCoreApplication.translate("SyncConflictDialog", u"Keep this &laptop's copy", None))
        self.keepTeamButton.setText(QCoreApplication.translate("SyncConflictDialog", u"Keep the &team database's copy", None))
        self.combineButton.setText(QCoreApplication.translate("SyncConflictDialog", u"&Combine: keep what is ticked", None))
        self.laterButton.setText(QCoreApplication.translate("SyncConflictDialog", u"Decide la&ter", None))
    # retranslateUi

