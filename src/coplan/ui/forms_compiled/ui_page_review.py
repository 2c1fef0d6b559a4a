# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_review.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PageReview(object):
    def setupUi(self, PageReview):
        if not PageReview.objectName():
            PageReview.setObjectName(u"PageReview")
        self.columns = QHBoxLayout(PageReview)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.findingsLabel = QLabel(PageReview)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.leftColumn.addWidget(self.findingsLabel)

        self.findingsList = QListWidget(PageReview)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(True)

        self.leftColumn.addWidget(self.findingsList)

        self.refusalsGroup = QGroupBox(PageReview)
        self.refusalsGroup.setObjectName(u"refusalsGroup")
        self.refusalsLayout = QVBoxLayout(self.refusalsGroup)
        self.refusalsLayout.setObjectName(u"refusalsLayout")
        self.refusalsRow = QHBoxLayout()
        self.refusalsRow.setObjectName(u"refusalsRow")
        self.refusalList = QListWidget(self.refusalsGroup)
        self.refusalList.setObjectName(u"refusalList")
        self.refusalList.setWordWrap(True)
        self.refusalList.setMaximumSize(QSize(16777215, 60))

        self.refusalsRow.addWidget(self.refusalList)

        self.refusalButtons = QVBoxLayout()
        self.refusalButtons.setObjectName(u"refusalButtons")
        self.addRefusal = QPushButton(self.refusalsGroup)
        self.addRefusal.setObjectName(u"addRefusal")

        self.refusalButtons.addWidget(self.addRefusal)

        self.removeRefusal = QPushButton(self.refusalsGroup)
        self.removeRefusal.setObjectName(u"removeRefusal")

        self.refusalButtons.addWidget(self.removeRefusal)


        self.refusalsRow.addLayout(self.refusalButtons)


        self.refusalsLayout.addLayout(self.refusalsRow)

        self.refusalForm = QFormLayout()
        self.refusalForm.setObjectName(u"refusalForm")
        self.refusalRequestLabel = QLabel(self.refusalsGroup)
        self.refusalRequestLabel.setObjectName(u"refusalRequestLabel")

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refusalRequestLabel)

        self.refusalRequest = QLineEdit(self.refusalsGroup)
        self.refusalRequest.setObjectName(u"refusalRequest")

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refusalRequest)

        self.refusalScopeLabel = QLabel(self.refusalsGroup)
        self.refusalScopeLabel.setObjectName(u"refusalScopeLabel")

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.refusalScopeLabel)

        self.refusalScope = QComboBox(self.refusalsGroup)
        self.refusalScope.setObjectName(u"refusalScope")

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.refusalScope)

        self.refusalRequestedOnLabel = QLabel(self.refusalsGroup)
        self.refusalRequestedOnLabel.setObjectName(u"refusalRequestedOnLabel")

        self.refusalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.refusalRequestedOnLabel)

        self.refusalRequestedOn = QLineEdit(self.refusalsGroup)
        self.refusalRequestedOn.setObjectName(u"refusalRequestedOn")

        self.refusalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refusalRequestedOn)

        self.refusalDecidedOnLabel = QLabel(self.refusalsGroup)
        self.refusalDecidedOnLabel.setObjectName(u"refusalDecidedOnLabel")

        self.refusalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.refusalDecidedOnLabel)

        self.refusalDecidedOn = QLineEdit(self.refusalsGroup)
        self.refusalDecidedOn.setObjectName(u"refusalDecidedOn")

        self.refusalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.refusalDecidedOn)

        self.refusalRightsToldOnLabel = QLabel(self.refusalsGroup)
        self.refusalRightsToldOnLabel.setObjectName(u"refusalRightsToldOnLabel")

        self.refusalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.refusalRightsToldOnLabel)

        self.refusalRightsToldOn = QLineEdit(self.refusalsGroup)
        self.refusalRightsToldOn.setObjectName(u"refusalRightsToldOn")

        self.refusalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.refusalRightsToldOn)

        self.refusalReviewOutcomeLabel = QLabel(self.refusalsGroup)
        self.refusalReviewOutcomeLabel.setObjectName(u"refusalReviewOutcomeLabel")

        self.refusalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.refusalReviewOutcomeLabel)

        self.refusalReviewOutcome = QComboBox(self.refusalsGroup)
        self.refusalReviewOutcome.setObjectName(u"refusalReviewOutcome")

        self.refusalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.refusalReviewOutcome)

        self.refusalReviewedOnLabel = QLabel(self.refusalsGroup)
        self.refusalReviewedOnLabel.setObjectName(u"refusalReviewedOnLabel")

        self.refusalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.refusalReviewedOnLabel)

        self.refusalReviewedOn = QLineEdit(self.refusalsGroup)
        self.refusalReviewedOn.setObjectName(u"refusalReviewedOn")

        self.refusalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.refusalReviewedOn)

        self.refusalReasonsLabel = QLabel(self.refusalsGroup)
        self.refusalReasonsLabel.setObjectName(u"refusalReasonsLabel")

        self.refusalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.refusalReasonsLabel)

        self.refusalReasons = QPlainTextEdit(self.refusalsGroup)
        self.refusalReasons.setObjectName(u"refusalReasons")
        self.refusalReasons.setTabChangesFocus(True)
        self.refusalReasons.setMaximumSize(QSize(16777215, 64))

        self.refusalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.refusalReasons)

        self.refusalBlockContractLabel = QLabel(self.refusalsGroup)
        self.refusalBlockContractLabel.setObjectName(u"refusalBlockContractLabel")
        self.refusalBlockContractLabel.setWordWrap(True)

        self.refusalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.refusalBlockContractLabel)

        self.refusalBlockContract = QLineEdit(self.refusalsGroup)
        self.refusalBlockContract.setObjectName(u"refusalBlockContract")

        self.refusalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.refusalBlockContract)


        self.refusalsLayout.addLayout(self.refusalForm)

        self.refusalRights = QLabel(self.refusalsGroup)
        self.refusalRights.setObjectName(u"refusalRights")
        self.refusalRights.setWordWrap(True)
        self.refusalRights.setTextFormat(Qt.PlainText)

        self.refusalsLayout.addWidget(self.refusalRights)


        self.leftColumn.addWidget(self.refusalsGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.chartHolder = QWidget(PageReview)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.rightColumn.addWidget(self.chartHolder)

        self.datesGroup = QGroupBox(PageReview)
        self.datesGroup.setObjectName(u"datesGroup")
        self.stageLayout = QVBoxLayout(self.datesGroup)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageText = QLabel(self.datesGroup)
        self.stageText.setObjectName(u"stageText")
        self.stageText.setWordWrap(True)
        self.stageText.setTextFormat(Qt.PlainText)

        self.stageLayout.addWidget(self.stageText)

        self.stageButtons = QHBoxLayout()
        self.stageButtons.setObjectName(u"stageButtons")
        self.sendDraft = QPushButton(self.datesGroup)
        self.sendDraft.setObjectName(u"sendDraft")

        self.stageButtons.addWidget(self.sendDraft)

        self.recordResponse = QPushButton(self.datesGroup)
        self.recordResponse.setObjectName(u"recordResponse")

        self.stageButtons.addWidget(self.recordResponse)

        self.issueFinal = QPushButton(self.datesGroup)
        self.issueFinal.setObjectName(u"issueFinal")

        self.stageButtons.addWidget(self.issueFinal)


        self.stageLayout.addLayout(self.stageButtons)

        self.responsesLabel = QLabel(self.datesGroup)
        self.responsesLabel.setObjectName(u"responsesLabel")

        self.stageLayout.addWidget(self.responsesLabel)

        self.responsesList = QListWidget(self.datesGroup)
        self.responsesList.setObjectName(u"responsesList")
        self.responsesList.setMaximumSize(QSize(16777215, 90))
        self.responsesList.setWordWrap(True)

        self.stageLayout.addWidget(self.responsesList)

        self.datesForm = QFormLayout()
        self.datesForm.setObjectName(u"datesForm")
        self.assessmentRequestedLabel = QLabel(self.datesGroup)
        self.assessmentRequestedLabel.setObjectName(u"assessmentRequestedLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessmentRequestedLabel)

        self.assessmentRequested = QLineEdit(self.datesGroup)
        self.assessmentRequested.setObjectName(u"assessmentRequested")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessmentRequested)

        self.sectionILabel = QLabel(self.datesGroup)
        self.sectionILabel.setObjectName(u"sectionILabel")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionILabel)

        self.sectionI = QLineEdit(self.datesGroup)
        self.sectionI.setObjectName(u"sectionI")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionI)

        self.nextReviewLabel = QLabel(self.datesGroup)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextReviewLabel)

        self.nextReview = QLineEdit(self.datesGroup)
        self.nextReview.setObjectName(u"nextReview")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextReview)


        self.stageLayout.addLayout(self.datesForm)

        self.toDecideAgain = QLabel(self.datesGroup)
        self.toDecideAgain.setObjectName(u"toDecideAgain")
        self.toDecideAgain.setWordWrap(True)
        self.toDecideAgain.setTextFormat(Qt.PlainText)

        self.stageLayout.addWidget(self.toDecideAgain)


        self.rightColumn.addWidget(self.datesGroup)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportPdf = QPushButton(PageReview)
        self.exportPdf.setObjectName(u"exportPdf")

        self.exportButtons.addWidget(self.exportPdf)

        self.exportWord = QPushButton(PageReview)
        self.exportWord.setObjectName(u"exportWord")

        self.exportButtons.addWidget(self.exportWord)

        self.exportPlanFile = QPushButton(PageReview)
        self.exportPlanFile.setObjectName(u"exportPlanFile")

        self.exportButtons.addWidget(self.exportPlanFile)


        self.rightColumn.addLayout(self.exportButtons)

        self.exportStatus = QLabel(PageReview)
        self.exportStatus.setObjectName(u"exportStatus")
        self.exportStatus.setWordWrap(True)
        self.exportStatus.setTextFormat(Qt.PlainText)

        self.rightColumn.addWidget(self.exportStatus)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.findingsLabel.setBuddy(self.findingsList)
        self.refusalRequestLabel.setBuddy(self.refusalRequest)
        self.refusalScopeLabel.setBuddy(self.refusalScope)
        self.refusalRequestedOnLabel.setBuddy(self.refusalRequestedOn)
        self.refusalDecidedOnLabel.setBuddy(self.refusalDecidedOn)
        self.refusalRightsToldOnLabel.setBuddy(self.refusalRightsToldOn)
        self.refusalReviewOutcomeLabel.setBuddy(self.refusalReviewOutcome)
        self.refusalReviewedOnLabel.setBuddy(self.refusalReviewedOn)
        self.refusalReasonsLabel.setBuddy(self.refusalReasons)
        self.refusalBlockContractLabel.setBuddy(self.refusalBlockContract)
        self.responsesLabel.setBuddy(self.responsesList)
        self.assessmentRequestedLabel.setBuddy(self.assessmentRequested)
        self.sectionILabel.setBuddy(self.sectionI)
        self.nextReviewLabel.setBuddy(self.nextReview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageReview)

        QMetaObject.connectSlotsByName(PageReview)
    # setupUi

    def retranslateUi(self, PageReview):
        self.findingsLabel.setText(QCoreApplication.translate("PageReview", u"&Still to do (press Enter on a line to go to it)", None))
        self.refusalsGroup.setTitle(QCoreApplication.translate("PageReview", u"Requests not agreed", None))
#if QT_CONFIG(accessibility)
        self.refusalList.setAccessibleName(QCoreApplication.translate("PageReview", u"Requests not agreed", None))
#endif // QT_CONFIG(accessibility)
        self.addRefusal.setText(QCoreApplication.translate("PageReview", u"Add a re&quest", None))
        self.removeRefusal.setText(QCoreApplication.translate("PageReview", u"Re&move", None))
        self.refusalRequestLabel.setText(QCoreApplication.translate("PageReview", u"&What was asked for", None))
        self.refusalRequest.setPlaceholderText(QCoreApplication.translate("PageReview", u"for example a second iPad for home", None))
        self.refusalScopeLabel.setText(QCoreApplication.translate("PageReview", u"What was not a&greed", None))
        self.refusalRequestedOnLabel.setText(QCoreApplication.translate("PageReview", u"Date asked for", None))
        self.refusalRequestedOn.setPlaceholderText(QCoreApplication.translate("PageReview", u"for example 9/11/2026", None))
        self.refusalDecidedOnLabel.setText(QCoreApplication.translate("PageReview", u"Date dec&ided", None))
        self.refusalDecidedOn.setPlaceholderText(QCoreApplication.translate("PageReview", u"for example 23/11/2026", None))
        self.refusalRightsToldOnLabel.setText(QCoreApplication.translate("PageReview", u"Review right told on", None))
        self.refusalRightsToldOn.setPlaceholderText(QCoreApplication.translate("PageReview", u"when the family was told in writing of their right to a review", None))
        self.refusalReviewOutcomeLabel.setText(QCoreApplication.translate("PageReview", u"Review outcome", None))
        self.refusalReviewedOnLabel.setText(QCoreApplication.translate("PageReview", u"Review decided on", None))
        self.refusalReviewedOn.setPlaceholderText(QCoreApplication.translate("PageReview", u"for example 14/12/2026", None))
        self.refusalReasonsLabel.setText(QCoreApplication.translate("PageReview", u"&Reasons", None))
        self.refusalReasons.setPlaceholderText(QCoreApplication.translate("PageReview", u"in plain words, as the family will read them", None))
        self.refusalBlockContractLabel.setText(QCoreApplication.translate("PageReview", u"Why money cannot be separated from a bloc&k contract", None))
        self.refusalBlockContract.setPlaceholderText(QCoreApplication.translate("PageReview", u"optional: only where a block contract is the reason", None))
        self.datesGroup.setTitle(QCoreApplication.translate("PageReview", u"Stage and dates", None))
        self.sendDraft.setText(QCoreApplication.translate("PageReview", u"&Send the draft\u2026", None))
        self.recordResponse.setText(QCoreApplication.translate("PageReview", u"Record a res&ponse\u2026", None))
        self.issueFinal.setText(QCoreApplication.translate("PageReview", u"&Issue the final plan\u2026", None))
        self.responsesLabel.setText(QCoreApplication.translate("PageReview", u"Responses to the draft", None))
        self.assessmentRequestedLabel.setText(QCoreApplication.translate("PageReview", u"Re&quest for assessment", None))
        self.assessmentRequested.setPlaceholderText(QCoreApplication.translate("PageReview", u"a new plan: the day it was asked for, e.g. 03/08/2026", None))
        self.sectionILabel.setText(QCoreApplication.translate("PageReview", u"Section I (final pla&n)", None))
        self.sectionI.setPlaceholderText(QCoreApplication.translate("PageReview", u"the school or college the final plan names", None))
        self.nextReviewLabel.setText(QCoreApplication.translate("PageReview", u"Next re&view", None))
        self.exportPdf.setText(QCoreApplication.translate("PageReview", u"Export the dr&aft (PDF)\u2026", None))
        self.exportWord.setText(QCoreApplication.translate("PageReview", u"Save as W&ord\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportWord.setToolTip(QCoreApplication.translate("PageReview", u"The same Section J as a Word document (.docx), with headings and tables, to put into the council's EHC plan", None))
#endif // QT_CONFIG(tooltip)
        self.exportPlanFile.setText(QCoreApplication.translate("PageReview", u"Export the plan fil&e\u2026", None))
        pass
    # retranslateUi

