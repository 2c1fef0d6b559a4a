# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_setpin.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetPinDialog(object):
    def setupUi(self, SetPinDialog):
        if not SetPinDialog.objectName():
            SetPinDialog.setObjectName(u"SetPinDialog")
        SetPinDialog.resize(560, 360)
        self.rootLayout = QVBoxLayout(SetPinDialog)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(SetPinDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pinLabel = QLabel(SetPinDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(SetPinDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.confirmLabel = QLabel(SetPinDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(SetPinDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.rootLayout.addLayout(self.form)

        self.rulesLabel = QLabel(SetPinDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(SetPinDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #d4351c; font-weight: bold;")
        self.messageLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(SetPinDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.setButton = QPushButton(SetPinDialog)
        self.setButton.setObjectName(u"setButton")

        self.buttons.addWidget(self.setButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pinEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.setButton)
        QWidget.setTabOrder(self.setButton, self.cancelButton)

        self.retranslateUi(SetPinDialog)

        self.setButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetPinDialog)
    # setupUi

    def retranslateUi(self, SetPinDialog):
        SetPinDialog.setWindowTitle(QCoreApplication.translate("SetPinDialog", u"Choose your PIN or password", None))
        self.introLabel.setText(QCoreApplication.translate("SetPinDialog", u"Before you hand the laptop over, choose a PIN or password. The sign-off screen stays locked until you enter it, so nobody else can reach CoPlan or other children's records. CoPlan keeps only a scrambled (hashed) form of it on this laptop, never the PIN itself.", None))
        self.pinLabel.setText(QCoreApplication.translate("SetPinDialog", u"&PIN or password", None))
        self.confirmLabel.setText(QCoreApplication.translate("SetPinDialog", u"Type it &again", None))
        self.rulesLabel.setText(QCoreApplication.translate("SetPinDialog", u"At least 6 characters; not a run of digits such as 123456.", None))
        self.cancelButton.setText(QCoreApplication.translate("SetPinDialog", u"Cancel", None))
        self.setButton.setText(QCoreApplication.translate("SetPinDialog", u"&Set PIN and continue", None))
    # retranslateUi

