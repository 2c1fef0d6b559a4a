# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_settings.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_TeamSettingsDialog(object):
    def setupUi(self, TeamSettingsDialog):
        if not TeamSettingsDialog.objectName():
            TeamSettingsDialog.setObjectName(u"TeamSettingsDialog")
        TeamSettingsDialog.resize(640, 520)
        self.rootLayout = QVBoxLayout(TeamSettingsDialog)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(TeamSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(TeamSettingsDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(TeamSettingsDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(253)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(TeamSettingsDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(TeamSettingsDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(TeamSettingsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(TeamSettingsDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(63)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(TeamSettingsDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(TeamSettingsDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(63)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(TeamSettingsDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(TeamSettingsDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(1024)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.savePasswordCheck = QCheckBox(TeamSettingsDialog)
        self.savePasswordCheck.setObjectName(u"savePasswordCheck")
        self.savePasswordCheck.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.savePasswordCheck)

        self.caLabel = QLabel(TeamSettingsDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caFileEdit = QLineEdit(TeamSettingsDialog)
        self.caFileEdit.setObjectName(u"caFileEdit")

        self.caRow.addWidget(self.caFileEdit)

        self.caBrowseButton = QPushButton(TeamSettingsDialog)
        self.caBrowseButton.setObjectName(u"caBrowseButton")
        self.caBrowseButton.setAutoDefault(False)

        self.caRow.addWidget(self.caBrowseButton)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.caRow)

        self.caHint = QLabel(TeamSettingsDialog)
        self.caHint.setObjectName(u"caHint")
        self.caHint.setWordWrap(True)
        self.caHint.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.caHint)

        self.allowPlainCheck = QCheckBox(TeamSettingsDialog)
        self.allowPlainCheck.setObjectName(u"allowPlainCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.allowPlainCheck)


        self.rootLayout.addLayout(self.form)

        self.resultLabel = QLabel(TeamSettingsDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.resultLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.testButton = QPushButton(TeamSettingsDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.buttons.addWidget(self.testButton)

        self.forgetButton = QPushButton(TeamSettingsDialog)
        self.forgetButton.setObjectName(u"forgetButton")
        self.forgetButton.setAutoDefault(False)

        self.buttons.addWidget(self.forgetButton)

        self.buttonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsStretch)

        self.cancelButton = QPushButton(TeamSettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TeamSettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.caLabel.setBuddy(self.caFileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.savePasswordCheck)
        QWidget.setTabOrder(self.savePasswordCheck, self.caFileEdit)
        QWidget.setTabOrder(self.caFileEdit, self.caBrowseButton)
        QWidget.setTabOrder(self.caBrowseButton, self.allowPlainCheck)
        QWidget.setTabOrder(self.allowPlainCheck, self.testButton)
        QWidget.setTabOrder(self.testButton, self.forgetButton)
        QWidget.setTabOrder(self.forgetButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(TeamSettingsDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TeamSettingsDialog)
    # setupUi

    def retranslateUi(self, TeamSettingsDialog):
        TeamSettingsDialog.setWindowTitle(QCoreApplication.translate("TeamSettingsDialog", u"Team database", None))
        self.introLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"CoPlan keeps your plans on this laptop, so everything works in a meeting with no network, and syncs them with your team's database whenever there is one. Your IT team gives you these details.", None))
        self.hostLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Server", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("TeamSettingsDialog", u"for example coplan-db.yourcouncil.gov.uk", None))
        self.portLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"P&ort", None))
        self.databaseLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Database", None))
        self.databaseEdit.setText(QCoreApplication.translate("TeamSettingsDialog", u"coplan", None))
        self.userLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"Your database &user name", None))
        self.passwordLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Password", None))
        self.savePasswordCheck.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Keep the password in this computer's keychain", None))
        self.caLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"&CA certificate", None))
        self.caFileEdit.setPlaceholderText(QCoreApplication.translate("TeamSettingsDialog", u"the certificates this computer already trusts", None))
        self.caBrowseButton.setText(QCoreApplication.translate("TeamSettingsDialog", u"C&hoose\u2026", None))
        self.caHint.setText(QCoreApplication.translate("TeamSettingsDialog", u"CoPlan connects only over TLS, and only to a server whose certificate this CA signed for the server's name above.", None))
        self.allowPlainCheck.setText(QCoreApplication.translate("TeamSettingsDialog", u"Allow an &unencrypted connection (only to a test server on this computer)", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.testButton.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Test the connection", None))
        self.forgetButton.setText(QCoreApplication.translate("TeamSettingsDialog", u"Stop using a team &database", None))
        self.cancelButton.setText(QCoreApplication.translate("TeamSettingsDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("TeamSettingsDialog", u"&Save", None))
    # retranslateUi

