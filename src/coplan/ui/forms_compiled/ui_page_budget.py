# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_budget.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_PageBudget(object):
    def setupUi(self, PageBudget):
        if not PageBudget.objectName():
            PageBudget.setObjectName(u"PageBudget")
        self.layout = QVBoxLayout(PageBudget)
        self.layout.setObjectName(u"layout")
        self.suggestionStatement = QLabel(PageBudget)
        self.suggestionStatement.setObjectName(u"suggestionStatement")
        self.suggestionStatement.setWordWrap(True)
        self.suggestionStatement.setFrameShape(QFrame.StyledPanel)
        self.suggestionStatement.setMargin(6)

        self.layout.addWidget(self.suggestionStatement)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.sourceGroup = QGroupBox(PageBudget)
        self.sourceGroup.setObjectName(u"sourceGroup")
        self.sourceLayout = QHBoxLayout(self.sourceGroup)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceRas = QRadioButton(self.sourceGroup)
        self.sourceRas.setObjectName(u"sourceRas")

        self.sourceLayout.addWidget(self.sourceRas)

        self.sourceManual = QRadioButton(self.sourceGroup)
        self.sourceManual.setObjectName(u"sourceManual")

        self.sourceLayout.addWidget(self.sourceManual)


        self.leftColumn.addWidget(self.sourceGroup)

        self.sourceStack = QStackedWidget(PageBudget)
        self.sourceStack.setObjectName(u"sourceStack")
        self.rasPage = QWidget()
        self.rasPage.setObjectName(u"rasPage")
        self.rasLayout = QVBoxLayout(self.rasPage)
        self.rasLayout.setObjectName(u"rasLayout")
        self.rasLayout.setContentsMargins(0, -1, 0, -1)
        self.rasName = QLabel(self.rasPage)
        self.rasName.setObjectName(u"rasName")
        self.rasName.setWordWrap(True)

        self.rasLayout.addWidget(self.rasName)

        self.rasQuestions = QWidget(self.rasPage)
        self.rasQuestions.setObjectName(u"rasQuestions")
        self.rasForm = QFormLayout(self.rasQuestions)
        self.rasForm.setObjectName(u"rasForm")
        self.rasForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.rasForm.setContentsMargins(0, 0, 0, 0)

        self.rasLayout.addWidget(self.rasQuestions)

        self.rasResult = QLabel(self.rasPage)
        self.rasResult.setObjectName(u"rasResult")
        self.rasResult.setWordWrap(True)
        self.rasResult.setTextFormat(Qt.PlainText)

        self.rasLayout.addWidget(self.rasResult)

        self.rasSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rasLayout.addItem(self.rasSpacer)

        self.sourceStack.addWidget(self.rasPage)
        self.manualPage = QWidget()
        self.manualPage.setObjectName(u"manualPage")
        self.manualForm = QFormLayout(self.manualPage)
        self.manualForm.setObjectName(u"manualForm")
        self.manualForm.setContentsMargins(0, -1, 0, -1)
        self.manualEducationLabel = QLabel(self.manualPage)
        self.manualEducationLabel.setObjectName(u"manualEducationLabel")

        self.manualForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.manualEducationLabel)

        self.manualEducation = QLineEdit(self.manualPage)
        self.manualEducation.setObjectName(u"manualEducation")

        self.manualForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.manualEducation)

        self.manualHealthLabel = QLabel(self.manualPage)
        self.manualHealthLabel.setObjectName(u"manualHealthLabel")

        self.manualForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.manualHealthLabel)

        self.manualHealth = QLineEdit(self.manualPage)
        self.manualHealth.setObjectName(u"manualHealth")

        self.manualForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.manualHealth)

        self.manualSocialCareLabel = QLabel(self.manualPage)
        self.manualSocialCareLabel.setObjectName(u"manualSocialCareLabel")

        self.manualForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.manualSocialCareLabel)

        self.manualSocialCare = QLineEdit(self.manualPage)
        self.manualSocialCare.setObjectName(u"manualSocialCare")

        self.manualForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.manualSocialCare)

        self.manualSchoolLabel = QLabel(self.manualPage)
        self.manualSchoolLabel.setObjectName(u"manualSchoolLabel")

        self.manualForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.manualSchoolLabel)

        self.manualSchool = QLineEdit(self.manualPage)
        self.manualSchool.setObjectName(u"manualSchool")

        self.manualForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.manualSchool)

        self.manualReasonLabel = QLabel(self.manualPage)
        self.manualReasonLabel.setObjectName(u"manualReasonLabel")

        self.manualForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.manualReasonLabel)

        self.manualReason = QLineEdit(self.manualPage)
        self.manualReason.setObjectName(u"manualReason")

        self.manualForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manualReason)

        self.sourceStack.addWidget(self.manualPage)

        self.leftColumn.addWidget(self.sourceStack)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.overrideGroup = QGroupBox(PageBudget)
        self.overrideGroup.setObjectName(u"overrideGroup")
        self.overrideGroup.setCheckable(True)
        self.overrideGroup.setChecked(False)
        self.overrideForm = QFormLayout(self.overrideGroup)
        self.overrideForm.setObjectName(u"overrideForm")
        self.overrideEducationLabel = QLabel(self.overrideGroup)
        self.overrideEducationLabel.setObjectName(u"overrideEducationLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideEducationLabel)

        self.overrideEducation = QLineEdit(self.overrideGroup)
        self.overrideEducation.setObjectName(u"overrideEducation")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overrideEducation)

        self.overrideHealthLabel = QLabel(self.overrideGroup)
        self.overrideHealthLabel.setObjectName(u"overrideHealthLabel")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overrideHealthLabel)

        self.overrideHealth = QLineEdit(self.overrideGroup)
        self.overrideHealth.setObjectName(u"overrideHealth")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrideHealth)

        self.overrideSocialCareLabel = QLabel(self.overrideGroup)
        self.overrideSocialCareLabel.setObjectName(u"overrideSocialCareLabel")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.overrideSocialCareLabel)

        self.overrideSocialCare = QLineEdit(self.overrideGroup)
        self.overrideSocialCare.setObjectName(u"overrideSocialCare")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.overrideSocialCare)

        self.overrideSchoolLabel = QLabel(self.overrideGroup)
        self.overrideSchoolLabel.setObjectName(u"overrideSchoolLabel")

        self.overrideForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.overrideSchoolLabel)

        self.overrideSchool = QLineEdit(self.overrideGroup)
        self.overrideSchool.setObjectName(u"overrideSchool")

        self.overrideForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.overrideSchool)

        self.overrideReasonLabel = QLabel(self.overrideGroup)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.overrideForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReason = QPlainTextEdit(self.overrideGroup)
        self.overrideReason.setObjectName(u"overrideReason")
        self.overrideReason.setTabChangesFocus(True)
        self.overrideReason.setMaximumSize(QSize(16777215, 70))

        self.overrideForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.overrideReason)

        self.overrideDateLabel = QLabel(self.overrideGroup)
        self.overrideDateLabel.setObjectName(u"overrideDateLabel")

        self.overrideForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.overrideDateLabel)

        self.overrideDate = QLineEdit(self.overrideGroup)
        self.overrideDate.setObjectName(u"overrideDate")

        self.overrideForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.overrideDate)

        self.overrideByLabel = QLabel(self.overrideGroup)
        self.overrideByLabel.setObjectName(u"overrideByLabel")

        self.overrideForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.overrideByLabel)

        self.overrideBy = QLineEdit(self.overrideGroup)
        self.overrideBy.setObjectName(u"overrideBy")

        self.overrideForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.overrideBy)


        self.rightColumn.addWidget(self.overrideGroup)

        self.effectiveGroup = QGroupBox(PageBudget)
        self.effectiveGroup.setObjectName(u"effectiveGroup")
        self.effectiveLayout = QVBoxLayout(self.effectiveGroup)
        self.effectiveLayout.setObjectName(u"effectiveLayout")
        self.effectiveSummary = QLabel(self.effectiveGroup)
        self.effectiveSummary.setObjectName(u"effectiveSummary")
        self.effectiveSummary.setWordWrap(True)
        self.effectiveSummary.setTextFormat(Qt.PlainText)

        self.effectiveLayout.addWidget(self.effectiveSummary)


        self.rightColumn.addWidget(self.effectiveGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.layout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.manualEducationLabel.setBuddy(self.manualEducation)
        self.manualHealthLabel.setBuddy(self.manualHealth)
        self.manualSocialCareLabel.setBuddy(self.manualSocialCare)
        self.manualSchoolLabel.setBuddy(self.manualSchool)
        self.manualReasonLabel.setBuddy(self.manualReason)
        self.overrideEducationLabel.setBuddy(self.overrideEducation)
        self.overrideHealthLabel.setBuddy(self.overrideHealth)
        self.overrideSocialCareLabel.setBuddy(self.overrideSocialCare)
        self.overrideSchoolLabel.setBuddy(self.overrideSchool)
        self.overrideReasonLabel.setBuddy(self.overrideReason)
        self.overrideDateLabel.setBuddy(self.overrideDate)
        self.overrideByLabel.setBuddy(self.overrideBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageBudget)

        QMetaObject.connectSlotsByName(PageBudget)
    # setupUi

    def retranslateUi(self, PageBudget):
        self.sourceGroup.setTitle(QCoreApplication.translate("PageBudget", u"Where the figure comes from", None))
        self.sourceRas.setText(QCoreApplication.translate("PageBudget", u"The council's &questionnaire", None))
        self.sourceManual.setText(QCoreApplication.translate("PageBudget", u"A figure &given to us", None))
        self.manualEducationLabel.setText(QCoreApplication.translate("PageBudget", u"Education (\u00a3 a year)", None))
        self.manualEducation.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.manualHealthLabel.setText(QCoreApplication.translate("PageBudget", u"Health (\u00a3 a year)", None))
        self.manualHealth.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.manualSocialCareLabel.setText(QCoreApplication.translate("PageBudget", u"Social care (\u00a3 a year)", None))
        self.manualSocialCare.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.manualSchoolLabel.setText(QCoreApplication.translate("PageBudget", u"School's contribution (\u00a3 a year)", None))
        self.manualSchool.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.manualReasonLabel.setText(QCoreApplication.translate("PageBudget", u"&Source of the figure", None))
        self.manualReason.setPlaceholderText(QCoreApplication.translate("PageBudget", u"for example \u201cbanding decision of 2 October 2026\u201d", None))
        self.overrideGroup.setTitle(QCoreApplication.translate("PageBudget", u"&The panel changed the figure", None))
        self.overrideEducationLabel.setText(QCoreApplication.translate("PageBudget", u"Education (\u00a3 a year)", None))
        self.overrideEducation.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.overrideHealthLabel.setText(QCoreApplication.translate("PageBudget", u"Health (\u00a3 a year)", None))
        self.overrideHealth.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.overrideSocialCareLabel.setText(QCoreApplication.translate("PageBudget", u"Social care (\u00a3 a year)", None))
        self.overrideSocialCare.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.overrideSchoolLabel.setText(QCoreApplication.translate("PageBudget", u"School's contribution (\u00a3 a year)", None))
        self.overrideSchool.setPlaceholderText(QCoreApplication.translate("PageBudget", u"0.00", None))
        self.overrideReasonLabel.setText(QCoreApplication.translate("PageBudget", u"&Reason for the change", None))
        self.overrideDateLabel.setText(QCoreApplication.translate("PageBudget", u"Decided on", None))
        self.overrideDate.setPlaceholderText(QCoreApplication.translate("PageBudget", u"for example 02/10/2026", None))
        self.overrideByLabel.setText(QCoreApplication.translate("PageBudget", u"Decided by", None))
        self.effectiveGroup.setTitle(QCoreApplication.translate("PageBudget", u"The indicative budget people plan with", None))
        pass
    # retranslateUi

