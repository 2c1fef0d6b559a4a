# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(760, 520)
        self.rootLayout = QVBoxLayout(ConflictDialog)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.differencesLabel = QLabel(ConflictDialog)
        self.differencesLabel.setObjectName(u"differencesLabel")

        self.rootLayout.addWidget(self.differencesLabel)

        self.differencesList = QListWidget(ConflictDialog)
        self.differencesList.setObjectName(u"differencesList")
        self.differencesList.setWordWrap(True)
        self.differencesList.setAlternatingRowColors(True)

        self.rootLayout.addWidget(self.differencesList)

        self.choiceLabel = QLabel(ConflictDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setWordWrap(True)
        self.choiceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.choiceLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.takeSavedButton = QPushButton(ConflictDialog)
        self.takeSavedButton.setObjectName(u"takeSavedButton")
        self.takeSavedButton.setAutoDefault(False)

        self.buttons.addWidget(self.takeSavedButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.keepMineButton = QPushButton(ConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")
        self.keepMineButton.setAutoDefault(False)

        self.buttons.addWidget(self.keepMineButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.differencesLabel.setBuddy(self.differencesList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else saved this plan", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictDialog", u"While you were editing, this plan was saved somewhere else.", None))
        self.differencesLabel.setText(QCoreApplication.translate("ConflictDialog", u"&How the saved version differs from yours", None))
#if QT_CONFIG(accessibility)
        self.differencesList.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"How the saved version differs from yours", None))
#endif // QT_CONFIG(accessibility)
        self.choiceLabel.setText(QCoreApplication.translate("ConflictDialog", u"Choose which version to carry on with. Whichever you choose, the other is not thrown away.", None))
        self.takeSavedButton.setText(QCoreApplication.translate("ConflictDialog", u"&Use the saved version", None))
        self.keepMineButton.setText(QCoreApplication.translate("ConflictDialog", u"&Keep mine as the newest version", None))
    # retranslateUi

