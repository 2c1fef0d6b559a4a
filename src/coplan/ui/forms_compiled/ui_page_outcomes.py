# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_outcomes.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PageOutcomes(object):
    def setupUi(self, PageOutcomes):
        if not PageOutcomes.objectName():
            PageOutcomes.setObjectName(u"PageOutcomes")
        self.columns = QHBoxLayout(PageOutcomes)
        self.columns.setObjectName(u"columns")
        self.outcomesGroup = QGroupBox(PageOutcomes)
        self.outcomesGroup.setObjectName(u"outcomesGroup")
        self.outcomesLayout = QVBoxLayout(self.outcomesGroup)
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomeListRow = QVBoxLayout()
        self.outcomeListRow.setObjectName(u"outcomeListRow")
        self.outcomeList = QListWidget(self.outcomesGroup)
        self.outcomeList.setObjectName(u"outcomeList")
        self.outcomeList.setWordWrap(True)

        self.outcomeListRow.addWidget(self.outcomeList)

        self.outcomeButtons = QHBoxLayout()
        self.outcomeButtons.setObjectName(u"outcomeButtons")
        self.addOutcome = QPushButton(self.outcomesGroup)
        self.addOutcome.setObjectName(u"addOutcome")

        self.outcomeButtons.addWidget(self.addOutcome)

        self.removeOutcome = QPushButton(self.outcomesGroup)
        self.removeOutcome.setObjectName(u"removeOutcome")

        self.outcomeButtons.addWidget(self.removeOutcome)

        self.moveOutcomeUp = QPushButton(self.outcomesGroup)
        self.moveOutcomeUp.setObjectName(u"moveOutcomeUp")

        self.outcomeButtons.addWidget(self.moveOutcomeUp)

        self.moveOutcomeDown = QPushButton(self.outcomesGroup)
        self.moveOutcomeDown.setObjectName(u"moveOutcomeDown")

        self.outcomeButtons.addWidget(self.moveOutcomeDown)

        self.outcomeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeButtons.addItem(self.outcomeButtonsSpacer)


        self.outcomeListRow.addLayout(self.outcomeButtons)


        self.outcomesLayout.addLayout(self.outcomeListRow)

        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeTextLabel = QLabel(self.outcomesGroup)
        self.outcomeTextLabel.setObjectName(u"outcomeTextLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeTextLabel)

        self.outcomeText = QPlainTextEdit(self.outcomesGroup)
        self.outcomeText.setObjectName(u"outcomeText")
        self.outcomeText.setTabChangesFocus(True)
        self.outcomeText.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeText)

        self.outcomeAreaLabel = QLabel(self.outcomesGroup)
        self.outcomeAreaLabel.setObjectName(u"outcomeAreaLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeAreaLabel)

        self.outcomeArea = QComboBox(self.outcomesGroup)
        self.outcomeArea.setObjectName(u"outcomeArea")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeArea)

        self.outcomeTargetDateLabel = QLabel(self.outcomesGroup)
        self.outcomeTargetDateLabel.setObjectName(u"outcomeTargetDateLabel")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeTargetDateLabel)

        self.outcomeTargetDate = QLineEdit(self.outcomesGroup)
        self.outcomeTargetDate.setObjectName(u"outcomeTargetDate")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeTargetDate)

        self.outcomeNudge = QLabel(self.outcomesGroup)
        self.outcomeNudge.setObjectName(u"outcomeNudge")
        self.outcomeNudge.setWordWrap(True)

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeNudge)


        self.outcomesLayout.addLayout(self.outcomeForm)


        self.columns.addWidget(self.outcomesGroup)

        self.needsGroup = QGroupBox(PageOutcomes)
        self.needsGroup.setObjectName(u"needsGroup")
        self.needsLayout = QVBoxLayout(self.needsGroup)
        self.needsLayout.setObjectName(u"needsLayout")
        self.needsIntro = QLabel(self.needsGroup)
        self.needsIntro.setObjectName(u"needsIntro")
        self.needsIntro.setWordWrap(True)

        self.needsLayout.addWidget(self.needsIntro)

        self.needListRow = QVBoxLayout()
        self.needListRow.setObjectName(u"needListRow")
        self.needList = QListWidget(self.needsGroup)
        self.needList.setObjectName(u"needList")
        self.needList.setWordWrap(True)

        self.needListRow.addWidget(self.needList)

        self.needButtons = QHBoxLayout()
        self.needButtons.setObjectName(u"needButtons")
        self.addNeed = QPushButton(self.needsGroup)
        self.addNeed.setObjectName(u"addNeed")

        self.needButtons.addWidget(self.addNeed)

        self.removeNeed = QPushButton(self.needsGroup)
        self.removeNeed.setObjectName(u"removeNeed")

        self.needButtons.addWidget(self.removeNeed)

        self.needButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needButtons.addItem(self.needButtonsSpacer)


        self.needListRow.addLayout(self.needButtons)


        self.needsLayout.addLayout(self.needListRow)

        self.needForm = QFormLayout()
        self.needForm.setObjectName(u"needForm")
        self.needSectionLabel = QLabel(self.needsGroup)
        self.needSectionLabel.setObjectName(u"needSectionLabel")

        self.needForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.needSectionLabel)

        self.needSection = QComboBox(self.needsGroup)
        self.needSection.setObjectName(u"needSection")

        self.needForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.needSection)

        self.needSummaryLabel = QLabel(self.needsGroup)
        self.needSummaryLabel.setObjectName(u"needSummaryLabel")

        self.needForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.needSummaryLabel)

        self.needSummary = QPlainTextEdit(self.needsGroup)
        self.needSummary.setObjectName(u"needSummary")
        self.needSummary.setTabChangesFocus(True)
        self.needSummary.setMaximumSize(QSize(16777215, 90))

        self.needForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.needSummary)


        self.needsLayout.addLayout(self.needForm)

        self.needsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.needsLayout.addItem(self.needsSpacer)


        self.columns.addWidget(self.needsGroup)

#if QT_CONFIG(shortcut)
        self.outcomeTextLabel.setBuddy(self.outcomeText)
        self.outcomeAreaLabel.setBuddy(self.outcomeArea)
        self.outcomeTargetDateLabel.setBuddy(self.outcomeTargetDate)
        self.needSectionLabel.setBuddy(self.needSection)
        self.needSummaryLabel.setBuddy(self.needSummary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageOutcomes)

        QMetaObject.connectSlotsByName(PageOutcomes)
    # setupUi

    def retranslateUi(self, PageOutcomes):
        self.outcomesGroup.setTitle(QCoreApplication.translate("PageOutcomes", u"Outcomes (section E)", None))
#if QT_CONFIG(accessibility)
        self.outcomeList.setAccessibleName(QCoreApplication.translate("PageOutcomes", u"Outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.addOutcome.setText(QCoreApplication.translate("PageOutcomes", u"Add an outcome", None))
        self.removeOutcome.setText(QCoreApplication.translate("PageOutcomes", u"Remove outcome", None))
        self.moveOutcomeUp.setText(QCoreApplication.translate("PageOutcomes", u"Move up", None))
        self.moveOutcomeDown.setText(QCoreApplication.translate("PageOutcomes", u"Move down", None))
        self.outcomeTextLabel.setText(QCoreApplication.translate("PageOutcomes", u"&Outcome", None))
        self.outcomeText.setPlaceholderText(QCoreApplication.translate("PageOutcomes", u"By the end of Year 4 Amara will \u2026 at least three times a day", None))
        self.outcomeAreaLabel.setText(QCoreApplication.translate("PageOutcomes", u"&Area", None))
        self.outcomeTargetDateLabel.setText(QCoreApplication.translate("PageOutcomes", u"&Target date", None))
        self.outcomeTargetDate.setPlaceholderText(QCoreApplication.translate("PageOutcomes", u"for example 16/07/2027", None))
        self.needsGroup.setTitle(QCoreApplication.translate("PageOutcomes", u"Needs (sections B, C and D)", None))
        self.needsIntro.setText(QCoreApplication.translate("PageOutcomes", u"Direct payments must say which needs they meet, so list the needs the support is for.", None))
#if QT_CONFIG(accessibility)
        self.needList.setAccessibleName(QCoreApplication.translate("PageOutcomes", u"Needs", None))
#endif // QT_CONFIG(accessibility)
        self.addNeed.setText(QCoreApplication.translate("PageOutcomes", u"Add a need", None))
        self.removeNeed.setText(QCoreApplication.translate("PageOutcomes", u"Remove need", None))
        self.needSectionLabel.setText(QCoreApplication.translate("PageOutcomes", u"&Section", None))
        self.needSummaryLabel.setText(QCoreApplication.translate("PageOutcomes", u"N&eed", None))
        pass
    # retranslateUi

