# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_management.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PageManagement(object):
    def setupUi(self, PageManagement):
        if not PageManagement.objectName():
            PageManagement.setObjectName(u"PageManagement")
        self.columns = QHBoxLayout(PageManagement)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.optionsGroup = QGroupBox(PageManagement)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsLayout = QVBoxLayout(self.optionsGroup)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.dpExplanation = QLabel(self.optionsGroup)
        self.dpExplanation.setObjectName(u"dpExplanation")
        self.dpExplanation.setWordWrap(True)
        self.dpExplanation.setTextFormat(Qt.PlainText)

        self.optionsLayout.addWidget(self.dpExplanation)

        self.organisedExplanation = QLabel(self.optionsGroup)
        self.organisedExplanation.setObjectName(u"organisedExplanation")
        self.organisedExplanation.setWordWrap(True)
        self.organisedExplanation.setTextFormat(Qt.PlainText)

        self.optionsLayout.addWidget(self.organisedExplanation)

        self.thirdPartyExplanation = QLabel(self.optionsGroup)
        self.thirdPartyExplanation.setObjectName(u"thirdPartyExplanation")
        self.thirdPartyExplanation.setWordWrap(True)
        self.thirdPartyExplanation.setTextFormat(Qt.PlainText)

        self.optionsLayout.addWidget(self.thirdPartyExplanation)


        self.leftColumn.addWidget(self.optionsGroup)

        self.itemsGroup = QGroupBox(PageManagement)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsLayout = QVBoxLayout(self.itemsGroup)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsScroll = QScrollArea(self.itemsGroup)
        self.itemsScroll.setObjectName(u"itemsScroll")
        self.itemsScroll.setWidgetResizable(True)
        self.itemsScroll.setFrameShape(QFrame.NoFrame)
        self.itemManagement = QWidget()
        self.itemManagement.setObjectName(u"itemManagement")
        self.managementForm = QFormLayout(self.itemManagement)
        self.managementForm.setObjectName(u"managementForm")
        self.managementForm.setContentsMargins(0, -1, 0, -1)
        self.itemsScroll.setWidget(self.itemManagement)

        self.itemsLayout.addWidget(self.itemsScroll)

        self.overallOption = QLabel(self.itemsGroup)
        self.overallOption.setObjectName(u"overallOption")
        self.overallOption.setWordWrap(True)
        self.overallOption.setTextFormat(Qt.PlainText)

        self.itemsLayout.addWidget(self.overallOption)


        self.leftColumn.addWidget(self.itemsGroup)


        self.columns.addLayout(self.leftColumn)

        self.detailScroll = QScrollArea(PageManagement)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.NoFrame)
        self.detail = QWidget()
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.dpGroup = QGroupBox(self.detail)
        self.dpGroup.setObjectName(u"dpGroup")
        self.dpForm = QFormLayout(self.dpGroup)
        self.dpForm.setObjectName(u"dpForm")
        self.dpRecipientLabel = QLabel(self.dpGroup)
        self.dpRecipientLabel.setObjectName(u"dpRecipientLabel")

        self.dpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dpRecipientLabel)

        self.dpRecipient = QComboBox(self.dpGroup)
        self.dpRecipient.setObjectName(u"dpRecipient")

        self.dpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dpRecipient)

        self.dpRecipientNameLabel = QLabel(self.dpGroup)
        self.dpRecipientNameLabel.setObjectName(u"dpRecipientNameLabel")

        self.dpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dpRecipientNameLabel)

        self.dpRecipientName = QLineEdit(self.dpGroup)
        self.dpRecipientName.setObjectName(u"dpRecipientName")

        self.dpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dpRecipientName)

        self.dpNominatedByLabel = QLabel(self.dpGroup)
        self.dpNominatedByLabel.setObjectName(u"dpNominatedByLabel")

        self.dpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dpNominatedByLabel)

        self.dpNominatedBy = QLineEdit(self.dpGroup)
        self.dpNominatedBy.setObjectName(u"dpNominatedBy")

        self.dpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dpNominatedBy)

        self.dpNomineeRelationshipLabel = QLabel(self.dpGroup)
        self.dpNomineeRelationshipLabel.setObjectName(u"dpNomineeRelationshipLabel")

        self.dpForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dpNomineeRelationshipLabel)

        self.dpNomineeRelationship = QLineEdit(self.dpGroup)
        self.dpNomineeRelationship.setObjectName(u"dpNomineeRelationship")

        self.dpForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dpNomineeRelationship)

        self.dpConsentOnLabel = QLabel(self.dpGroup)
        self.dpConsentOnLabel.setObjectName(u"dpConsentOnLabel")

        self.dpForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dpConsentOnLabel)

        self.dpConsentOn = QLineEdit(self.dpGroup)
        self.dpConsentOn.setObjectName(u"dpConsentOn")

        self.dpForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dpConsentOn)

        self.dpCapacityAssessedOnLabel = QLabel(self.dpGroup)
        self.dpCapacityAssessedOnLabel.setObjectName(u"dpCapacityAssessedOnLabel")

        self.dpForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dpCapacityAssessedOnLabel)

        self.dpCapacityAssessedOn = QLineEdit(self.dpGroup)
        self.dpCapacityAssessedOn.setObjectName(u"dpCapacityAssessedOn")

        self.dpForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dpCapacityAssessedOn)

        self.dpCapacityReferenceLabel = QLabel(self.dpGroup)
        self.dpCapacityReferenceLabel.setObjectName(u"dpCapacityReferenceLabel")

        self.dpForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dpCapacityReferenceLabel)

        self.dpCapacityReference = QLineEdit(self.dpGroup)
        self.dpCapacityReference.setObjectName(u"dpCapacityReference")

        self.dpForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dpCapacityReference)

        self.dpCarePlanReferenceLabel = QLabel(self.dpGroup)
        self.dpCarePlanReferenceLabel.setObjectName(u"dpCarePlanReferenceLabel")

        self.dpForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dpCarePlanReferenceLabel)

        self.dpCarePlanReference = QLineEdit(self.dpGroup)
        self.dpCarePlanReference.setObjectName(u"dpCarePlanReference")

        self.dpForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dpCarePlanReference)

        self.dpCarePlanAgreedOnLabel = QLabel(self.dpGroup)
        self.dpCarePlanAgreedOnLabel.setObjectName(u"dpCarePlanAgreedOnLabel")

        self.dpForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dpCarePlanAgreedOnLabel)

        self.dpCarePlanAgreedOn = QLineEdit(self.dpGroup)
        self.dpCarePlanAgreedOn.setObjectName(u"dpCarePlanAgreedOn")

        self.dpForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dpCarePlanAgreedOn)

        self.dpCareBoardLabel = QLabel(self.dpGroup)
        self.dpCareBoardLabel.setObjectName(u"dpCareBoardLabel")

        self.dpForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dpCareBoardLabel)

        self.dpCareBoard = QLineEdit(self.dpGroup)
        self.dpCareBoard.setObjectName(u"dpCareBoard")

        self.dpForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dpCareBoard)

        self.dpScheduleLabel = QLabel(self.dpGroup)
        self.dpScheduleLabel.setObjectName(u"dpScheduleLabel")

        self.dpForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.dpScheduleLabel)

        self.dpSchedule = QComboBox(self.dpGroup)
        self.dpSchedule.setObjectName(u"dpSchedule")

        self.dpForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dpSchedule)

        self.dpMonitoringTermsLabel = QLabel(self.dpGroup)
        self.dpMonitoringTermsLabel.setObjectName(u"dpMonitoringTermsLabel")

        self.dpForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.dpMonitoringTermsLabel)

        self.dpMonitoringTerms = QPlainTextEdit(self.dpGroup)
        self.dpMonitoringTerms.setObjectName(u"dpMonitoringTerms")
        self.dpMonitoringTerms.setTabChangesFocus(True)
        self.dpMonitoringTerms.setMaximumSize(QSize(16777215, 60))

        self.dpForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dpMonitoringTerms)

        self.dpDedicatedAccount = QCheckBox(self.dpGroup)
        self.dpDedicatedAccount.setObjectName(u"dpDedicatedAccount")

        self.dpForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.dpDedicatedAccount)

        self.dpAppropriateUse = QCheckBox(self.dpGroup)
        self.dpAppropriateUse.setObjectName(u"dpAppropriateUse")

        self.dpForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.dpAppropriateUse)

        self.dpBestInterests = QCheckBox(self.dpGroup)
        self.dpBestInterests.setObjectName(u"dpBestInterests")

        self.dpForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.dpBestInterests)

        self.dpNoAdverseImpact = QCheckBox(self.dpGroup)
        self.dpNoAdverseImpact.setObjectName(u"dpNoAdverseImpact")

        self.dpForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.dpNoAdverseImpact)

        self.dpEfficientUse = QCheckBox(self.dpGroup)
        self.dpEfficientUse.setObjectName(u"dpEfficientUse")

        self.dpForm.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.dpEfficientUse)

        self.dpAgreementLabel = QLabel(self.dpGroup)
        self.dpAgreementLabel.setObjectName(u"dpAgreementLabel")

        self.dpForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.dpAgreementLabel)

        self.dpAgreementHolder = QWidget(self.dpGroup)
        self.dpAgreementHolder.setObjectName(u"dpAgreementHolder")

        self.dpForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.dpAgreementHolder)

        self.dpFirstPaymentLabel = QLabel(self.dpGroup)
        self.dpFirstPaymentLabel.setObjectName(u"dpFirstPaymentLabel")

        self.dpForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.dpFirstPaymentLabel)

        self.dpFirstPayment = QLineEdit(self.dpGroup)
        self.dpFirstPayment.setObjectName(u"dpFirstPayment")

        self.dpForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.dpFirstPayment)

        self.dpScheduleSummary = QLabel(self.dpGroup)
        self.dpScheduleSummary.setObjectName(u"dpScheduleSummary")
        self.dpScheduleSummary.setWordWrap(True)
        self.dpScheduleSummary.setTextFormat(Qt.PlainText)

        self.dpForm.setWidget(19, QFormLayout.ItemRole.SpanningRole, self.dpScheduleSummary)

        self.dpScheduleTableLabel = QLabel(self.dpGroup)
        self.dpScheduleTableLabel.setObjectName(u"dpScheduleTableLabel")

        self.dpForm.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.dpScheduleTableLabel)

        self.dpScheduleTable = QTableWidget(self.dpGroup)
        self.dpScheduleTable.setObjectName(u"dpScheduleTable")
        self.dpScheduleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.dpScheduleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.dpScheduleTable.setMinimumSize(QSize(0, 160))

        self.dpForm.setWidget(21, QFormLayout.ItemRole.SpanningRole, self.dpScheduleTable)


        self.detailLayout.addWidget(self.dpGroup)

        self.thirdPartyGroup = QGroupBox(self.detail)
        self.thirdPartyGroup.setObjectName(u"thirdPartyGroup")
        self.thirdPartyForm = QFormLayout(self.thirdPartyGroup)
        self.thirdPartyForm.setObjectName(u"thirdPartyForm")
        self.thirdPartyOrganisationLabel = QLabel(self.thirdPartyGroup)
        self.thirdPartyOrganisationLabel.setObjectName(u"thirdPartyOrganisationLabel")

        self.thirdPartyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thirdPartyOrganisationLabel)

        self.thirdPartyOrganisation = QLineEdit(self.thirdPartyGroup)
        self.thirdPartyOrganisation.setObjectName(u"thirdPartyOrganisation")

        self.thirdPartyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.thirdPartyOrganisation)

        self.thirdPartyContactLabel = QLabel(self.thirdPartyGroup)
        self.thirdPartyContactLabel.setObjectName(u"thirdPartyContactLabel")

        self.thirdPartyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.thirdPartyContactLabel)

        self.thirdPartyContact = QLineEdit(self.thirdPartyGroup)
        self.thirdPartyContact.setObjectName(u"thirdPartyContact")

        self.thirdPartyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.thirdPartyContact)

        self.thirdPartyRoleLabel = QLabel(self.thirdPartyGroup)
        self.thirdPartyRoleLabel.setObjectName(u"thirdPartyRoleLabel")

        self.thirdPartyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thirdPartyRoleLabel)

        self.thirdPartyRole = QLineEdit(self.thirdPartyGroup)
        self.thirdPartyRole.setObjectName(u"thirdPartyRole")

        self.thirdPartyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.thirdPartyRole)

        self.thirdPartyHoldsLabel = QLabel(self.thirdPartyGroup)
        self.thirdPartyHoldsLabel.setObjectName(u"thirdPartyHoldsLabel")

        self.thirdPartyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.thirdPartyHoldsLabel)

        self.thirdPartyHolds = QLineEdit(self.thirdPartyGroup)
        self.thirdPartyHolds.setObjectName(u"thirdPartyHolds")

        self.thirdPartyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.thirdPartyHolds)

        self.thirdPartyReportsLabel = QLabel(self.thirdPartyGroup)
        self.thirdPartyReportsLabel.setObjectName(u"thirdPartyReportsLabel")

        self.thirdPartyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thirdPartyReportsLabel)

        self.thirdPartyReports = QLineEdit(self.thirdPartyGroup)
        self.thirdPartyReports.setObjectName(u"thirdPartyReports")

        self.thirdPartyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.thirdPartyReports)

        self.thirdPartyConditions = QCheckBox(self.thirdPartyGroup)
        self.thirdPartyConditions.setObjectName(u"thirdPartyConditions")

        self.thirdPartyForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.thirdPartyConditions)


        self.detailLayout.addWidget(self.thirdPartyGroup)

        self.organisedGroup = QGroupBox(self.detail)
        self.organisedGroup.setObjectName(u"organisedGroup")
        self.organisedForm = QFormLayout(self.organisedGroup)
        self.organisedForm.setObjectName(u"organisedForm")
        self.organisedHolderLabel = QLabel(self.organisedGroup)
        self.organisedHolderLabel.setObjectName(u"organisedHolderLabel")

        self.organisedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisedHolderLabel)

        self.organisedHolder = QLineEdit(self.organisedGroup)
        self.organisedHolder.setObjectName(u"organisedHolder")

        self.organisedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisedHolder)


        self.detailLayout.addWidget(self.organisedGroup)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detail)

        self.columns.addWidget(self.detailScroll)

#if QT_CONFIG(shortcut)
        self.dpRecipientLabel.setBuddy(self.dpRecipient)
        self.dpRecipientNameLabel.setBuddy(self.dpRecipientName)
        self.dpNominatedByLabel.setBuddy(self.dpNominatedBy)
        self.dpNomineeRelationshipLabel.setBuddy(self.dpNomineeRelationship)
        self.dpConsentOnLabel.setBuddy(self.dpConsentOn)
        self.dpCapacityAssessedOnLabel.setBuddy(self.dpCapacityAssessedOn)
        self.dpCapacityReferenceLabel.setBuddy(self.dpCapacityReference)
        self.dpCarePlanReferenceLabel.setBuddy(self.dpCarePlanReference)
        self.dpCarePlanAgreedOnLabel.setBuddy(self.dpCarePlanAgreedOn)
        self.dpCareBoardLabel.setBuddy(self.dpCareBoard)
        self.dpScheduleLabel.setBuddy(self.dpSchedule)
        self.dpMonitoringTermsLabel.setBuddy(self.dpMonitoringTerms)
        self.dpFirstPaymentLabel.setBuddy(self.dpFirstPayment)
        self.dpScheduleTableLabel.setBuddy(self.dpScheduleTable)
        self.thirdPartyOrganisationLabel.setBuddy(self.thirdPartyOrganisation)
        self.thirdPartyContactLabel.setBuddy(self.thirdPartyContact)
        self.thirdPartyRoleLabel.setBuddy(self.thirdPartyRole)
        self.thirdPartyHoldsLabel.setBuddy(self.thirdPartyHolds)
        self.thirdPartyReportsLabel.setBuddy(self.thirdPartyReports)
        self.organisedHolderLabel.setBuddy(self.organisedHolder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageManagement)

        QMetaObject.connectSlotsByName(PageManagement)
    # setupUi

    def retranslateUi(self, PageManagement):
        self.optionsGroup.setTitle(QCoreApplication.translate("PageManagement", u"The three ways a budget can be managed", None))
        self.itemsGroup.setTitle(QCoreApplication.translate("PageManagement", u"How each item is managed", None))
        self.dpGroup.setTitle(QCoreApplication.translate("PageManagement", u"Direct payment", None))
        self.dpRecipientLabel.setText(QCoreApplication.translate("PageManagement", u"Pa&id to", None))
        self.dpRecipientNameLabel.setText(QCoreApplication.translate("PageManagement", u"N&ame of the person paid", None))
        self.dpNominatedByLabel.setText(QCoreApplication.translate("PageManagement", u"Nominee chosen by", None))
        self.dpNominatedBy.setPlaceholderText(QCoreApplication.translate("PageManagement", u"the parent, or the young person", None))
        self.dpNomineeRelationshipLabel.setText(QCoreApplication.translate("PageManagement", u"Relationship to the child", None))
        self.dpNomineeRelationship.setPlaceholderText(QCoreApplication.translate("PageManagement", u"for example grandmother", None))
        self.dpConsentOnLabel.setText(QCoreApplication.translate("PageManagement", u"Young person agreed on", None))
        self.dpConsentOn.setPlaceholderText(QCoreApplication.translate("PageManagement", u"dd/mm/yyyy: the young person's consent to a nominee", None))
        self.dpCapacityAssessedOnLabel.setText(QCoreApplication.translate("PageManagement", u"Capacity assessed on", None))
        self.dpCapacityAssessedOn.setPlaceholderText(QCoreApplication.translate("PageManagement", u"dd/mm/yyyy: the assessment that the young person lacks capacity", None))
        self.dpCapacityReferenceLabel.setText(QCoreApplication.translate("PageManagement", u"Capacity assessment reference", None))
        self.dpCarePlanReferenceLabel.setText(QCoreApplication.translate("PageManagement", u"NHS care plan reference", None))
        self.dpCarePlanReference.setPlaceholderText(QCoreApplication.translate("PageManagement", u"for health direct payments", None))
        self.dpCarePlanAgreedOnLabel.setText(QCoreApplication.translate("PageManagement", u"Care plan agreed on", None))
        self.dpCarePlanAgreedOn.setPlaceholderText(QCoreApplication.translate("PageManagement", u"dd/mm/yyyy", None))
        self.dpCareBoardLabel.setText(QCoreApplication.translate("PageManagement", u"Integrated care board", None))
        self.dpCareBoard.setPlaceholderText(QCoreApplication.translate("PageManagement", u"the board that agreed the care plan", None))
        self.dpScheduleLabel.setText(QCoreApplication.translate("PageManagement", u"Paid &every", None))
        self.dpMonitoringTermsLabel.setText(QCoreApplication.translate("PageManagement", u"Monitoring terms", None))
        self.dpMonitoringTerms.setPlaceholderText(QCoreApplication.translate("PageManagement", u"Leave empty to use the council's standard terms", None))
        self.dpDedicatedAccount.setText(QCoreApplication.translate("PageManagement", u"A dedicated bank account will hold the payments", None))
        self.dpAppropriateUse.setText(QCoreApplication.translate("PageManagement", u"The council is satisfied the payments will be used appropriately", None))
        self.dpBestInterests.setText(QCoreApplication.translate("PageManagement", u"\u2026 that the person paid will act in the child's best interests", None))
        self.dpNoAdverseImpact.setText(QCoreApplication.translate("PageManagement", u"\u2026 that the payments will not harm services for other children", None))
        self.dpEfficientUse.setText(QCoreApplication.translate("PageManagement", u"\u2026 that the payments are an efficient use of resources", None))
        self.dpAgreementLabel.setText(QCoreApplication.translate("PageManagement", u"Direct payment agreement", None))
#if QT_CONFIG(accessibility)
        self.dpAgreementHolder.setAccessibleName(QCoreApplication.translate("PageManagement", u"Direct payment agreement", None))
#endif // QT_CONFIG(accessibility)
        self.dpFirstPaymentLabel.setText(QCoreApplication.translate("PageManagement", u"Fi&rst payment on", None))
        self.dpFirstPayment.setPlaceholderText(QCoreApplication.translate("PageManagement", u"dd/mm/yyyy, not before the agreement is signed", None))
        self.dpScheduleTableLabel.setText(QCoreApplication.translate("PageManagement", u"Payment schedule, month by month", None))
#if QT_CONFIG(accessibility)
        self.dpScheduleTable.setAccessibleName(QCoreApplication.translate("PageManagement", u"Payment schedule, month by month", None))
#endif // QT_CONFIG(accessibility)
        self.thirdPartyGroup.setTitle(QCoreApplication.translate("PageManagement", u"Third-party arrangement", None))
        self.thirdPartyOrganisationLabel.setText(QCoreApplication.translate("PageManagement", u"&Organisation or person", None))
        self.thirdPartyContactLabel.setText(QCoreApplication.translate("PageManagement", u"Con&tact", None))
        self.thirdPartyRoleLabel.setText(QCoreApplication.translate("PageManagement", u"What the&y do", None))
        self.thirdPartyRole.setPlaceholderText(QCoreApplication.translate("PageManagement", u"for example holds the money and pays the tutor", None))
        self.thirdPartyHoldsLabel.setText(QCoreApplication.translate("PageManagement", u"What money it &holds", None))
        self.thirdPartyHolds.setPlaceholderText(QCoreApplication.translate("PageManagement", u"for example the tutoring budget, paid four-weekly", None))
        self.thirdPartyReportsLabel.setText(QCoreApplication.translate("PageManagement", u"How it reports", None))
        self.thirdPartyReports.setPlaceholderText(QCoreApplication.translate("PageManagement", u"for example a statement to the council every three months", None))
        self.thirdPartyConditions.setText(QCoreApplication.translate("PageManagement", u"The council is satisfied of the direct payment conditions for this money", None))
        self.organisedGroup.setTitle(QCoreApplication.translate("PageManagement", u"Organised arrangement", None))
        self.organisedHolderLabel.setText(QCoreApplication.translate("PageManagement", u"&Who holds the money", None))
        self.organisedHolder.setPlaceholderText(QCoreApplication.translate("PageManagement", u"the council, the school or the college", None))
        pass
    # retranslateUi

