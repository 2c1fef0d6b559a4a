# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_paper.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PaperAgreementDialog(object):
    def setupUi(self, PaperAgreementDialog):
        if not PaperAgreementDialog.objectName():
            PaperAgreementDialog.setObjectName(u"PaperAgreementDialog")
        PaperAgreementDialog.resize(640, 260)
        self.rootLayout = QVBoxLayout(PaperAgreementDialog)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(PaperAgreementDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.itemsLabel = QLabel(PaperAgreementDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)
        self.itemsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.itemsLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.methodLabel = QLabel(PaperAgreementDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaperAgreementDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.givenOnLabel = QLabel(PaperAgreementDialog)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.givenOnEdit = QDateEdit(PaperAgreementDialog)
        self.givenOnEdit.setObjectName(u"givenOnEdit")
        self.givenOnEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenOnEdit)

        self.signatoryLabel = QLabel(PaperAgreementDialog)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signatoryEdit = QLineEdit(PaperAgreementDialog)
        self.signatoryEdit.setObjectName(u"signatoryEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatoryEdit)

        self.roleLabel = QLabel(PaperAgreementDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PaperAgreementDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.delegatedByLabel = QLabel(PaperAgreementDialog)
        self.delegatedByLabel.setObjectName(u"delegatedByLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delegatedByLabel)

        self.delegatedByEdit = QLineEdit(PaperAgreementDialog)
        self.delegatedByEdit.setObjectName(u"delegatedByEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.delegatedByEdit)

        self.decisionLabel = QLabel(PaperAgreementDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(PaperAgreementDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.recordedByLabel = QLabel(PaperAgreementDialog)
        self.recordedByLabel.setObjectName(u"recordedByLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recordedByLabel)

        self.recordedByEdit = QLineEdit(PaperAgreementDialog)
        self.recordedByEdit.setObjectName(u"recordedByEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordedByEdit)

        self.referenceLabel = QLabel(PaperAgreementDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PaperAgreementDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.rootLayout.addLayout(self.form)

        self.conditionsBox = QWidget(PaperAgreementDialog)
        self.conditionsBox.setObjectName(u"conditionsBox")
        self.conditionsBoxLayout = QVBoxLayout(self.conditionsBox)
        self.conditionsBoxLayout.setObjectName(u"conditionsBoxLayout")
        self.conditionsBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.conditionsLabel = QLabel(self.conditionsBox)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.conditionsBoxLayout.addWidget(self.conditionsLabel)

        self.conditionsList = QVBoxLayout()
        self.conditionsList.setObjectName(u"conditionsList")

        self.conditionsBoxLayout.addLayout(self.conditionsList)

        self.otherConditionsLabel = QLabel(self.conditionsBox)
        self.otherConditionsLabel.setObjectName(u"otherConditionsLabel")

        self.conditionsBoxLayout.addWidget(self.otherConditionsLabel)

        self.otherConditionsEdit = QPlainTextEdit(self.conditionsBox)
        self.otherConditionsEdit.setObjectName(u"otherConditionsEdit")
        self.otherConditionsEdit.setMinimumSize(QSize(0, 72))
        self.otherConditionsEdit.setTabChangesFocus(True)
        self.otherConditionsEdit.setMaximumSize(QSize(16777215, 90))

        self.conditionsBoxLayout.addWidget(self.otherConditionsEdit)


        self.rootLayout.addWidget(self.conditionsBox)

        self.reasonsBox = QWidget(PaperAgreementDialog)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsBoxLayout = QVBoxLayout(self.reasonsBox)
        self.reasonsBoxLayout.setObjectName(u"reasonsBoxLayout")
        self.reasonsBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.reasonsLabel = QLabel(self.reasonsBox)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.reasonsBoxLayout.addWidget(self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(self.reasonsBox)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setMinimumSize(QSize(0, 72))
        self.reasonsEdit.setTabChangesFocus(True)
        self.reasonsEdit.setMaximumSize(QSize(16777215, 90))

        self.reasonsBoxLayout.addWidget(self.reasonsEdit)


        self.rootLayout.addWidget(self.reasonsBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(PaperAgreementDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #d4351c; font-weight: bold;")
        self.messageLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PaperAgreementDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(PaperAgreementDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttons.addWidget(self.recordButton)


        self.rootLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
        self.givenOnLabel.setBuddy(self.givenOnEdit)
        self.signatoryLabel.setBuddy(self.signatoryEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.delegatedByLabel.setBuddy(self.delegatedByEdit)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.recordedByLabel.setBuddy(self.recordedByEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.otherConditionsLabel.setBuddy(self.otherConditionsEdit)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.methodCombo, self.givenOnEdit)
        QWidget.setTabOrder(self.givenOnEdit, self.signatoryEdit)
        QWidget.setTabOrder(self.signatoryEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.recordedByEdit)
        QWidget.setTabOrder(self.recordedByEdit, self.otherConditionsEdit)
        QWidget.setTabOrder(self.otherConditionsEdit, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(PaperAgreementDialog)

        QMetaObject.connectSlotsByName(PaperAgreementDialog)
    # setupUi

    def retranslateUi(self, PaperAgreementDialog):
        PaperAgreementDialog.setWindowTitle(QCoreApplication.translate("PaperAgreementDialog", u"Record an agreement given outside the meeting", None))
        self.methodLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"&How it was given", None))
        self.givenOnLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"&Date given", None))
        self.givenOnEdit.setDisplayFormat(QCoreApplication.translate("PaperAgreementDialog", u"dd/MM/yyyy", None))
        self.signatoryLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"&Name of the person who gave it", None))
        self.roleLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Their &role", None))
        self.delegatedByLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Authority delegated b&y", None))
        self.delegatedByEdit.setPlaceholderText(QCoreApplication.translate("PaperAgreementDialog", u"only if not the head teacher, principal or provider: who gave written authority", None))
        self.decisionLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"D&ecision", None))
        self.recordedByLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Recorded &by", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Re&ference on the request", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaperAgreementDialog", u"12 letters and digits, printed on the request", None))
        self.conditionsLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Conditions they set:", None))
        self.otherConditionsLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"&Other conditions", None))
        self.reasonsLabel.setText(QCoreApplication.translate("PaperAgreementDialog", u"Their &reasons for declining", None))
        self.cancelButton.setText(QCoreApplication.translate("PaperAgreementDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("PaperAgreementDialog", u"&Record the decision", None))
    # retranslateUi

