# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_provision.ui'
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PageProvision(object):
    def setupUi(self, PageProvision):
        if not PageProvision.objectName():
            PageProvision.setObjectName(u"PageProvision")
        self.columns = QHBoxLayout(PageProvision)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.itemTableLabel = QLabel(PageProvision)
        self.itemTableLabel.setObjectName(u"itemTableLabel")

        self.leftColumn.addWidget(self.itemTableLabel)

        self.itemTable = QTableWidget(PageProvision)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemTable.setTabKeyNavigation(False)
        self.itemTable.setWordWrap(False)

        self.leftColumn.addWidget(self.itemTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItem = QPushButton(PageProvision)
        self.addItem.setObjectName(u"addItem")

        self.itemButtons.addWidget(self.addItem)

        self.removeItem = QPushButton(PageProvision)
        self.removeItem.setObjectName(u"removeItem")

        self.itemButtons.addWidget(self.removeItem)

        self.moveItemUp = QPushButton(PageProvision)
        self.moveItemUp.setObjectName(u"moveItemUp")

        self.itemButtons.addWidget(self.moveItemUp)

        self.moveItemDown = QPushButton(PageProvision)
        self.moveItemDown.setObjectName(u"moveItemDown")

        self.itemButtons.addWidget(self.moveItemDown)


        self.leftColumn.addLayout(self.itemButtons)

        self.totalsGroup = QGroupBox(PageProvision)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsLayout = QVBoxLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totals = QLabel(self.totalsGroup)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.PlainText)

        self.totalsLayout.addWidget(self.totals)

        self.overBudgetEducationLabel = QLabel(self.totalsGroup)
        self.overBudgetEducationLabel.setObjectName(u"overBudgetEducationLabel")
        self.overBudgetEducationLabel.setWordWrap(True)

        self.totalsLayout.addWidget(self.overBudgetEducationLabel)

        self.overBudgetEducation = QPlainTextEdit(self.totalsGroup)
        self.overBudgetEducation.setObjectName(u"overBudgetEducation")
        self.overBudgetEducation.setTabChangesFocus(True)
        self.overBudgetEducation.setMaximumSize(QSize(16777215, 60))

        self.totalsLayout.addWidget(self.overBudgetEducation)

        self.overBudgetHealthLabel = QLabel(self.totalsGroup)
        self.overBudgetHealthLabel.setObjectName(u"overBudgetHealthLabel")
        self.overBudgetHealthLabel.setWordWrap(True)

        self.totalsLayout.addWidget(self.overBudgetHealthLabel)

        self.overBudgetHealth = QPlainTextEdit(self.totalsGroup)
        self.overBudgetHealth.setObjectName(u"overBudgetHealth")
        self.overBudgetHealth.setTabChangesFocus(True)
        self.overBudgetHealth.setMaximumSize(QSize(16777215, 60))

        self.totalsLayout.addWidget(self.overBudgetHealth)

        self.overBudgetSocialCareLabel = QLabel(self.totalsGroup)
        self.overBudgetSocialCareLabel.setObjectName(u"overBudgetSocialCareLabel")
        self.overBudgetSocialCareLabel.setWordWrap(True)

        self.totalsLayout.addWidget(self.overBudgetSocialCareLabel)

        self.overBudgetSocialCare = QPlainTextEdit(self.totalsGroup)
        self.overBudgetSocialCare.setObjectName(u"overBudgetSocialCare")
        self.overBudgetSocialCare.setTabChangesFocus(True)
        self.overBudgetSocialCare.setMaximumSize(QSize(16777215, 60))

        self.totalsLayout.addWidget(self.overBudgetSocialCare)

        self.totalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalsLayout.addItem(self.totalsSpacer)


        self.leftColumn.addWidget(self.totalsGroup)


        self.columns.addLayout(self.leftColumn)

        self.detailScroll = QScrollArea(PageProvision)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.NoFrame)
        self.detail = QWidget()
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.itemDescriptionLabel = QLabel(self.detail)
        self.itemDescriptionLabel.setObjectName(u"itemDescriptionLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemDescriptionLabel)

        self.itemDescription = QPlainTextEdit(self.detail)
        self.itemDescription.setObjectName(u"itemDescription")
        self.itemDescription.setTabChangesFocus(True)
        self.itemDescription.setMaximumSize(QSize(16777215, 60))

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemDescription)

        self.itemCategoryLabel = QLabel(self.detail)
        self.itemCategoryLabel.setObjectName(u"itemCategoryLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemCategoryLabel)

        self.itemCategory = QComboBox(self.detail)
        self.itemCategory.setObjectName(u"itemCategory")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemCategory)

        self.itemEligibility = QLabel(self.detail)
        self.itemEligibility.setObjectName(u"itemEligibility")
        self.itemEligibility.setWordWrap(True)
        self.itemEligibility.setTextFormat(Qt.PlainText)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.itemEligibility)

        self.itemFundingLabel = QLabel(self.detail)
        self.itemFundingLabel.setObjectName(u"itemFundingLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.itemFundingLabel)

        self.fundingAndReference = QHBoxLayout()
        self.fundingAndReference.setObjectName(u"fundingAndReference")
        self.itemFunding = QComboBox(self.detail)
        self.itemFunding.setObjectName(u"itemFunding")

        self.fundingAndReference.addWidget(self.itemFunding)

        self.itemProvisionRefLabel = QLabel(self.detail)
        self.itemProvisionRefLabel.setObjectName(u"itemProvisionRefLabel")

        self.fundingAndReference.addWidget(self.itemProvisionRefLabel)

        self.itemProvisionRef = QLineEdit(self.detail)
        self.itemProvisionRef.setObjectName(u"itemProvisionRef")
        self.itemProvisionRef.setMaximumWidth(110)

        self.fundingAndReference.addWidget(self.itemProvisionRef)


        self.itemForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fundingAndReference)

        self.itemCostBasisLabel = QLabel(self.detail)
        self.itemCostBasisLabel.setObjectName(u"itemCostBasisLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.itemCostBasisLabel)

        self.itemCostBasis = QComboBox(self.detail)
        self.itemCostBasis.setObjectName(u"itemCostBasis")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.itemCostBasis)

        self.itemRateLabel = QLabel(self.detail)
        self.itemRateLabel.setObjectName(u"itemRateLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.itemRateLabel)

        self.itemRate = QComboBox(self.detail)
        self.itemRate.setObjectName(u"itemRate")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.itemRate)

        self.itemUnitCostLabel = QLabel(self.detail)
        self.itemUnitCostLabel.setObjectName(u"itemUnitCostLabel")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.itemUnitCostLabel)

        self.itemUnitCost = QLineEdit(self.detail)
        self.itemUnitCost.setObjectName(u"itemUnitCost")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemUnitCost)

        self.itemUnitLabel = QLabel(self.detail)
        self.itemUnitLabel.setObjectName(u"itemUnitLabel")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.itemUnitLabel)

        self.itemUnit = QLineEdit(self.detail)
        self.itemUnit.setObjectName(u"itemUnit")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.itemUnit)

        self.itemFrequencyLabel = QLabel(self.detail)
        self.itemFrequencyLabel.setObjectName(u"itemFrequencyLabel")

        self.itemForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.itemFrequencyLabel)

        self.itemFrequency = QComboBox(self.detail)
        self.itemFrequency.setObjectName(u"itemFrequency")

        self.itemForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.itemFrequency)

        self.itemUnitsPerWeekLabel = QLabel(self.detail)
        self.itemUnitsPerWeekLabel.setObjectName(u"itemUnitsPerWeekLabel")

        self.itemForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.itemUnitsPerWeekLabel)

        self.itemUnitsPerWeek = QLineEdit(self.detail)
        self.itemUnitsPerWeek.setObjectName(u"itemUnitsPerWeek")

        self.itemForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.itemUnitsPerWeek)

        self.itemWeeksPerYearLabel = QLabel(self.detail)
        self.itemWeeksPerYearLabel.setObjectName(u"itemWeeksPerYearLabel")

        self.itemForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.itemWeeksPerYearLabel)

        self.itemWeeksPerYear = QLineEdit(self.detail)
        self.itemWeeksPerYear.setObjectName(u"itemWeeksPerYear")

        self.itemForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.itemWeeksPerYear)

        self.itemRunsInLabel = QLabel(self.detail)
        self.itemRunsInLabel.setObjectName(u"itemRunsInLabel")

        self.itemForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.itemRunsInLabel)

        self.itemRunsIn = QComboBox(self.detail)
        self.itemRunsIn.setObjectName(u"itemRunsIn")

        self.itemForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.itemRunsIn)

        self.itemStartsOnLabel = QLabel(self.detail)
        self.itemStartsOnLabel.setObjectName(u"itemStartsOnLabel")

        self.itemForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.itemStartsOnLabel)

        self.itemStartsOn = QLineEdit(self.detail)
        self.itemStartsOn.setObjectName(u"itemStartsOn")

        self.itemForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.itemStartsOn)

        self.itemEndsOnLabel = QLabel(self.detail)
        self.itemEndsOnLabel.setObjectName(u"itemEndsOnLabel")

        self.itemForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.itemEndsOnLabel)

        self.itemEndsOn = QLineEdit(self.detail)
        self.itemEndsOn.setObjectName(u"itemEndsOn")

        self.itemForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.itemEndsOn)

        self.itemOneOffCostLabel = QLabel(self.detail)
        self.itemOneOffCostLabel.setObjectName(u"itemOneOffCostLabel")

        self.itemForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.itemOneOffCostLabel)

        self.itemOneOffCost = QLineEdit(self.detail)
        self.itemOneOffCost.setObjectName(u"itemOneOffCost")

        self.itemForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.itemOneOffCost)

        self.itemAnnualCost = QLabel(self.detail)
        self.itemAnnualCost.setObjectName(u"itemAnnualCost")
        self.itemAnnualCost.setWordWrap(True)
        self.itemAnnualCost.setTextFormat(Qt.PlainText)

        self.itemForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.itemAnnualCost)

        self.itemDeliveredByLabel = QLabel(self.detail)
        self.itemDeliveredByLabel.setObjectName(u"itemDeliveredByLabel")

        self.itemForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.itemDeliveredByLabel)

        self.itemDeliveredBy = QLineEdit(self.detail)
        self.itemDeliveredBy.setObjectName(u"itemDeliveredBy")

        self.itemForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.itemDeliveredBy)

        self.itemWhenLabel = QLabel(self.detail)
        self.itemWhenLabel.setObjectName(u"itemWhenLabel")

        self.itemForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.itemWhenLabel)

        self.itemWhen = QLineEdit(self.detail)
        self.itemWhen.setObjectName(u"itemWhen")

        self.itemForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.itemWhen)

        self.itemLocationLabel = QLabel(self.detail)
        self.itemLocationLabel.setObjectName(u"itemLocationLabel")

        self.itemForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.itemLocationLabel)

        self.itemLocation = QComboBox(self.detail)
        self.itemLocation.setObjectName(u"itemLocation")

        self.itemForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.itemLocation)

        self.itemSettingLabel = QLabel(self.detail)
        self.itemSettingLabel.setObjectName(u"itemSettingLabel")

        self.itemForm.setWidget(19, QFormLayout.ItemRole.LabelRole, self.itemSettingLabel)

        self.itemSetting = QComboBox(self.detail)
        self.itemSetting.setObjectName(u"itemSetting")

        self.itemForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.itemSetting)

        self.itemOutcomesLabel = QLabel(self.detail)
        self.itemOutcomesLabel.setObjectName(u"itemOutcomesLabel")

        self.itemForm.setWidget(20, QFormLayout.ItemRole.LabelRole, self.itemOutcomesLabel)

        self.itemOutcomes = QListWidget(self.detail)
        self.itemOutcomes.setObjectName(u"itemOutcomes")
        self.itemOutcomes.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.itemOutcomes.setTextElideMode(Qt.ElideRight)
        self.itemOutcomes.setMaximumSize(QSize(16777215, 90))

        self.itemForm.setWidget(20, QFormLayout.ItemRole.FieldRole, self.itemOutcomes)

        self.itemNeedsLabel = QLabel(self.detail)
        self.itemNeedsLabel.setObjectName(u"itemNeedsLabel")

        self.itemForm.setWidget(21, QFormLayout.ItemRole.LabelRole, self.itemNeedsLabel)

        self.itemNeeds = QListWidget(self.detail)
        self.itemNeeds.setObjectName(u"itemNeeds")
        self.itemNeeds.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.itemNeeds.setTextElideMode(Qt.ElideRight)
        self.itemNeeds.setMaximumSize(QSize(16777215, 90))

        self.itemForm.setWidget(21, QFormLayout.ItemRole.FieldRole, self.itemNeeds)

        self.itemOnSiteLabel = QLabel(self.detail)
        self.itemOnSiteLabel.setObjectName(u"itemOnSiteLabel")

        self.itemForm.setWidget(22, QFormLayout.ItemRole.LabelRole, self.itemOnSiteLabel)

        self.itemOnSite = QWidget(self.detail)
        self.itemOnSite.setObjectName(u"itemOnSite")
        self.onSiteLayout = QGridLayout(self.itemOnSite)
        self.onSiteLayout.setObjectName(u"onSiteLayout")
        self.onSiteLayout.setContentsMargins(0, 0, 0, 0)
        self.onSiteDbs = QCheckBox(self.itemOnSite)
        self.onSiteDbs.setObjectName(u"onSiteDbs")

        self.onSiteLayout.addWidget(self.onSiteDbs, 0, 0, 1, 1)

        self.onSiteInsurance = QCheckBox(self.itemOnSite)
        self.onSiteInsurance.setObjectName(u"onSiteInsurance")

        self.onSiteLayout.addWidget(self.onSiteInsurance, 0, 1, 1, 1)

        self.onSiteSupervision = QCheckBox(self.itemOnSite)
        self.onSiteSupervision.setObjectName(u"onSiteSupervision")

        self.onSiteLayout.addWidget(self.onSiteSupervision, 1, 0, 1, 1)

        self.onSiteSiteAccess = QCheckBox(self.itemOnSite)
        self.onSiteSiteAccess.setObjectName(u"onSiteSiteAccess")

        self.onSiteLayout.addWidget(self.onSiteSiteAccess, 1, 1, 1, 1)


        self.itemForm.setWidget(22, QFormLayout.ItemRole.FieldRole, self.itemOnSite)


        self.detailLayout.addLayout(self.itemForm)

        self.itemConditions = QWidget(self.detail)
        self.itemConditions.setObjectName(u"itemConditions")
        self.conditionForm = QFormLayout(self.itemConditions)
        self.conditionForm.setObjectName(u"conditionForm")
        self.conditionForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.conditionForm.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.itemConditions)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detail)

        self.columns.addWidget(self.detailScroll)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.itemTableLabel.setBuddy(self.itemTable)
        self.overBudgetEducationLabel.setBuddy(self.overBudgetEducation)
        self.overBudgetHealthLabel.setBuddy(self.overBudgetHealth)
        self.overBudgetSocialCareLabel.setBuddy(self.overBudgetSocialCare)
        self.itemDescriptionLabel.setBuddy(self.itemDescription)
        self.itemCategoryLabel.setBuddy(self.itemCategory)
        self.itemFundingLabel.setBuddy(self.itemFunding)
        self.itemProvisionRefLabel.setBuddy(self.itemProvisionRef)
        self.itemCostBasisLabel.setBuddy(self.itemCostBasis)
        self.itemRateLabel.setBuddy(self.itemRate)
        self.itemUnitCostLabel.setBuddy(self.itemUnitCost)
        self.itemUnitLabel.setBuddy(self.itemUnit)
        self.itemFrequencyLabel.setBuddy(self.itemFrequency)
        self.itemUnitsPerWeekLabel.setBuddy(self.itemUnitsPerWeek)
        self.itemWeeksPerYearLabel.setBuddy(self.itemWeeksPerYear)
        self.itemRunsInLabel.setBuddy(self.itemRunsIn)
        self.itemStartsOnLabel.setBuddy(self.itemStartsOn)
        self.itemEndsOnLabel.setBuddy(self.itemEndsOn)
        self.itemOneOffCostLabel.setBuddy(self.itemOneOffCost)
        self.itemDeliveredByLabel.setBuddy(self.itemDeliveredBy)
        self.itemWhenLabel.setBuddy(self.itemWhen)
        self.itemLocationLabel.setBuddy(self.itemLocation)
        self.itemSettingLabel.setBuddy(self.itemSetting)
        self.itemOutcomesLabel.setBuddy(self.itemOutcomes)
        self.itemNeedsLabel.setBuddy(self.itemNeeds)
        self.itemOnSiteLabel.setBuddy(self.itemOnSite)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageProvision)

        QMetaObject.connectSlotsByName(PageProvision)
    # setupUi

    def retranslateUi(self, PageProvision):
        self.itemTableLabel.setText(QCoreApplication.translate("PageProvision", u"Items of provision", None))
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleName(QCoreApplication.translate("PageProvision", u"Items of provision", None))
#endif // QT_CONFIG(accessibility)
        self.addItem.setText(QCoreApplication.translate("PageProvision", u"Add an item", None))
        self.removeItem.setText(QCoreApplication.translate("PageProvision", u"Remove item", None))
        self.moveItemUp.setText(QCoreApplication.translate("PageProvision", u"Move up", None))
        self.moveItemDown.setText(QCoreApplication.translate("PageProvision", u"Move down", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("PageProvision", u"Totals against the indicative budget", None))
        self.overBudgetEducationLabel.setText(QCoreApplication.translate("PageProvision", u"Education: why the e&xtra money is needed", None))
        self.overBudgetHealthLabel.setText(QCoreApplication.translate("PageProvision", u"Health: why the extra money is &justified", None))
        self.overBudgetSocialCareLabel.setText(QCoreApplication.translate("PageProvision", u"Social care: why the extra money is re&quired", None))
        self.itemDescriptionLabel.setText(QCoreApplication.translate("PageProvision", u"&What it is", None))
        self.itemCategoryLabel.setText(QCoreApplication.translate("PageProvision", u"&Kind of provision", None))
        self.itemFundingLabel.setText(QCoreApplication.translate("PageProvision", u"Fundin&g stream", None))
        self.itemProvisionRefLabel.setText(QCoreApplication.translate("PageProvision", u"Plan &ref. (F, G, H)", None))
        self.itemProvisionRef.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example F3", None))
#if QT_CONFIG(tooltip)
        self.itemProvisionRef.setToolTip(QCoreApplication.translate("PageProvision", u"Where this provision is written in the plan: its reference in Section F (special educational provision), G (health) or H1/H2 (social care)", None))
#endif // QT_CONFIG(tooltip)
        self.itemCostBasisLabel.setText(QCoreApplication.translate("PageProvision", u"Co&sted as", None))
        self.itemRateLabel.setText(QCoreApplication.translate("PageProvision", u"Council &rate", None))
        self.itemUnitCostLabel.setText(QCoreApplication.translate("PageProvision", u"&Unit cost (\u00a3)", None))
        self.itemUnitCost.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example 45.00", None))
        self.itemUnitLabel.setText(QCoreApplication.translate("PageProvision", u"Unit", None))
        self.itemUnit.setPlaceholderText(QCoreApplication.translate("PageProvision", u"hour, session, day, week, fortnight, month, term or year", None))
        self.itemFrequencyLabel.setText(QCoreApplication.translate("PageProvision", u"How &often", None))
        self.itemUnitsPerWeekLabel.setText(QCoreApplication.translate("PageProvision", u"How man&y a week", None))
        self.itemUnitsPerWeek.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example 2.5", None))
        self.itemWeeksPerYearLabel.setText(QCoreApplication.translate("PageProvision", u"W&eeks a year", None))
        self.itemWeeksPerYear.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example 39", None))
        self.itemRunsInLabel.setText(QCoreApplication.translate("PageProvision", u"&In term time or all year", None))
        self.itemStartsOnLabel.setText(QCoreApplication.translate("PageProvision", u"Starts on", None))
        self.itemStartsOn.setPlaceholderText(QCoreApplication.translate("PageProvision", u"dd/mm/yyyy; empty: from the start of the plan year", None))
        self.itemEndsOnLabel.setText(QCoreApplication.translate("PageProvision", u"Ends on", None))
        self.itemEndsOn.setPlaceholderText(QCoreApplication.translate("PageProvision", u"dd/mm/yyyy; empty: to the end of the plan year", None))
        self.itemOneOffCostLabel.setText(QCoreApplication.translate("PageProvision", u"&One-off cost (\u00a3)", None))
        self.itemOneOffCost.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example 429.00", None))
        self.itemDeliveredByLabel.setText(QCoreApplication.translate("PageProvision", u"De&livered by", None))
        self.itemDeliveredBy.setPlaceholderText(QCoreApplication.translate("PageProvision", u"who will provide it", None))
        self.itemWhenLabel.setText(QCoreApplication.translate("PageProvision", u"W&hen", None))
        self.itemWhen.setPlaceholderText(QCoreApplication.translate("PageProvision", u"for example Tuesdays 9:00 to 10:00, term time", None))
        self.itemLocationLabel.setText(QCoreApplication.translate("PageProvision", u"Where it h&appens", None))
        self.itemSettingLabel.setText(QCoreApplication.translate("PageProvision", u"Which se&tting", None))
        self.itemOutcomesLabel.setText(QCoreApplication.translate("PageProvision", u"Outcomes it ser&ves", None))
        self.itemNeedsLabel.setText(QCoreApplication.translate("PageProvision", u"Needs it &meets", None))
        self.itemOnSiteLabel.setText(QCoreApplication.translate("PageProvision", u"Needed on site", None))
        self.onSiteDbs.setText(QCoreApplication.translate("PageProvision", u"DBS check", None))
        self.onSiteInsurance.setText(QCoreApplication.translate("PageProvision", u"Insurance", None))
        self.onSiteSupervision.setText(QCoreApplication.translate("PageProvision", u"Supervision", None))
        self.onSiteSiteAccess.setText(QCoreApplication.translate("PageProvision", u"Site access", None))
        pass
    # retranslateUi

