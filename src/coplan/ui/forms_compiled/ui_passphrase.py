# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(600, 400)
        self.rootLayout = QVBoxLayout(PassphraseDialog)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(24, 20, 24, 20)
        self.headingLabel = QLabel(PassphraseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(PassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(1024)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(PassphraseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(PassphraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(1024)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.showCheck = QCheckBox(PassphraseDialog)
        self.showCheck.setObjectName(u"showCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.showCheck)


        self.rootLayout.addLayout(self.form)

        self.rulesLabel = QLabel(PassphraseDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(PassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(PassphraseDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttons.addWidget(self.quitButton)

        self.openButton = QPushButton(PassphraseDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.showCheck)
        QWidget.setTabOrder(self.showCheck, self.openButton)
        QWidget.setTabOrder(self.openButton, self.quitButton)

        self.retranslateUi(PassphraseDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"CoPlan: your passphrase", None))
        self.headingLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Enter your passphrase", None))
        self.introLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Your caseload is encrypted on this laptop. Enter your passphrase to open it.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase", None))
        self.confirmLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Type it &again", None))
        self.showCheck.setText(QCoreApplication.translate("PassphraseDialog", u"&Show what I type", None))
        self.rulesLabel.setText(QCoreApplication.translate("PassphraseDialog", u"At least 10 characters. A few words you will remember work well.", None))
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("PassphraseDialog", u"error", None))
        self.quitButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Quit CoPlan", None))
        self.openButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Open caseload", None))
    # retranslateUi

