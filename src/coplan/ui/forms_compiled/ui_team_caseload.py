# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_caseload.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TeamCaseloadPanel(object):
    def setupUi(self, TeamCaseloadPanel):
        if not TeamCaseloadPanel.objectName():
            TeamCaseloadPanel.setObjectName(u"TeamCaseloadPanel")
        TeamCaseloadPanel.resize(1100, 600)
        self.rootLayout = QVBoxLayout(TeamCaseloadPanel)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(TeamCaseloadPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(TeamCaseloadPanel)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchField = QLineEdit(TeamCaseloadPanel)
        self.searchField.setObjectName(u"searchField")
        self.searchField.setClearButtonEnabled(True)
        self.searchField.setMaxLength(200)

        self.searchRow.addWidget(self.searchField)


        self.rootLayout.addLayout(self.searchRow)

        self.teamView = QTableView(TeamCaseloadPanel)
        self.teamView.setObjectName(u"teamView")
        self.teamView.setAlternatingRowColors(True)
        self.teamView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teamView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamView.setWordWrap(False)
        self.teamView.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.teamView)

        self.stateLabel = QLabel(TeamCaseloadPanel)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.stateLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.takeButton = QPushButton(TeamCaseloadPanel)
        self.takeButton.setObjectName(u"takeButton")
        self.takeButton.setAutoDefault(False)

        self.buttons.addWidget(self.takeButton)

        self.releaseButton = QPushButton(TeamCaseloadPanel)
        self.releaseButton.setObjectName(u"releaseButton")
        self.releaseButton.setAutoDefault(False)

        self.buttons.addWidget(self.releaseButton)

        self.refreshButton = QPushButton(TeamCaseloadPanel)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttons.addWidget(self.refreshButton)

        self.buttonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsStretch)

        self.syncButton = QPushButton(TeamCaseloadPanel)
        self.syncButton.setObjectName(u"syncButton")
        self.syncButton.setAutoDefault(False)

        self.buttons.addWidget(self.syncButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchField, self.teamView)
        QWidget.setTabOrder(self.teamView, self.takeButton)
        QWidget.setTabOrder(self.takeButton, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.syncButton)

        self.retranslateUi(TeamCaseloadPanel)

        QMetaObject.connectSlotsByName(TeamCaseloadPanel)
    # setupUi

    def retranslateUi(self, TeamCaseloadPanel):
        TeamCaseloadPanel.setWindowTitle(QCoreApplication.translate("TeamCaseloadPanel", u"Team caseload", None))
        self.introLabel.setText(QCoreApplication.translate("TeamCaseloadPanel", u"Every plan in the team database, who holds each one and when their laptop last synced. Take a plan to work on it on this laptop, with or without a network; release it to hand it back to the team.", None))
        self.searchLabel.setText(QCoreApplication.translate("TeamCaseloadPanel", u"Se&arch", None))
        self.searchField.setPlaceholderText(QCoreApplication.translate("TeamCaseloadPanel", u"part of a child's name", None))
#if QT_CONFIG(accessibility)
        self.teamView.setAccessibleName(QCoreApplication.translate("TeamCaseloadPanel", u"Team caseload", None))
#endif // QT_CONFIG(accessibility)
        self.takeButton.setText(QCoreApplication.translate("TeamCaseloadPanel", u"Ta&ke onto this laptop", None))
        self.releaseButton.setText(QCoreApplication.translate("TeamCaseloadPanel", u"&Release to the team", None))
        self.refreshButton.setText(QCoreApplication.translate("TeamCaseloadPanel", u"Re&fresh", None))
        self.syncButton.setText(QCoreApplication.translate("TeamCaseloadPanel", u"S&ync now", None))
    # retranslateUi

