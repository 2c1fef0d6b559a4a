# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_withdraw.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WithdrawalDialog(object):
    def setupUi(self, WithdrawalDialog):
        if not WithdrawalDialog.objectName():
            WithdrawalDialog.setObjectName(u"WithdrawalDialog")
        WithdrawalDialog.resize(640, 260)
        self.rootLayout = QVBoxLayout(WithdrawalDialog)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(WithdrawalDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.effectLabel = QLabel(WithdrawalDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setWordWrap(True)
        self.effectLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.effectLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.withdrawnOnLabel = QLabel(WithdrawalDialog)
        self.withdrawnOnLabel.setObjectName(u"withdrawnOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withdrawnOnLabel)

        self.withdrawnOnEdit = QDateEdit(WithdrawalDialog)
        self.withdrawnOnEdit.setObjectName(u"withdrawnOnEdit")
        self.withdrawnOnEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withdrawnOnEdit)

        self.stopsFromLabel = QLabel(WithdrawalDialog)
        self.stopsFromLabel.setObjectName(u"stopsFromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stopsFromLabel)

        self.stopsFromEdit = QDateEdit(WithdrawalDialog)
        self.stopsFromEdit.setObjectName(u"stopsFromEdit")
        self.stopsFromEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stopsFromEdit)

        self.toldByLabel = QLabel(WithdrawalDialog)
        self.toldByLabel.setObjectName(u"toldByLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toldByLabel)

        self.toldByEdit = QLineEdit(WithdrawalDialog)
        self.toldByEdit.setObjectName(u"toldByEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toldByEdit)

        self.reasonLabel = QLabel(WithdrawalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(WithdrawalDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 72))
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.rootLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(WithdrawalDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #d4351c; font-weight: bold;")
        self.messageLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(WithdrawalDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(WithdrawalDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttons.addWidget(self.recordButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.withdrawnOnLabel.setBuddy(self.withdrawnOnEdit)
        self.stopsFromLabel.setBuddy(self.stopsFromEdit)
        self.toldByLabel.setBuddy(self.toldByEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.withdrawnOnEdit, self.toldByEdit)
        QWidget.setTabOrder(self.toldByEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(WithdrawalDialog)

        QMetaObject.connectSlotsByName(WithdrawalDialog)
    # setupUi

    def retranslateUi(self, WithdrawalDialog):
        WithdrawalDialog.setWindowTitle(QCoreApplication.translate("WithdrawalDialog", u"Record a withdrawn agreement", None))
        self.withdrawnOnLabel.setText(QCoreApplication.translate("WithdrawalDialog", u"&Date withdrawn", None))
        self.withdrawnOnEdit.setDisplayFormat(QCoreApplication.translate("WithdrawalDialog", u"dd/MM/yyyy", None))
        self.stopsFromLabel.setText(QCoreApplication.translate("WithdrawalDialog", u"Items &stop from", None))
        self.stopsFromEdit.setDisplayFormat(QCoreApplication.translate("WithdrawalDialog", u"dd/MM/yyyy", None))
        self.toldByLabel.setText(QCoreApplication.translate("WithdrawalDialog", u"&Who told the council", None))
        self.reasonLabel.setText(QCoreApplication.translate("WithdrawalDialog", u"&Reason", None))
        self.cancelButton.setText(QCoreApplication.translate("WithdrawalDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("WithdrawalDialog", u"&Record the withdrawal", None))
    # retranslateUi

