# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLayout, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from coplan.ui.signoff.signature_pad import SignaturePad

class Ui_SignoffScreen(object):
    def setupUi(self, SignoffScreen):
        if not SignoffScreen.objectName():
            SignoffScreen.setObjectName(u"SignoffScreen")
        SignoffScreen.resize(1366, 768)
        SignoffScreen.setStyleSheet(u"QDialog#SignoffScreen { background: #f3f2f1; }\n"
"QWidget { font-size: 20px; color: #0b0c0c; }\n"
"QLabel[heading=\"true\"] { font-size: 30px; font-weight: bold; }\n"
"QLabel[subheading=\"true\"] { font-size: 24px; font-weight: bold; }\n"
"QLabel[hint=\"true\"] { color: #505a5f; }\n"
"QFrame#topBar { background: #0b0c0c; }\n"
"QFrame#topBar QLabel { color: #ffffff; font-size: 22px; font-weight: bold; }\n"
"QLabel#messageLabel { background: #fde8e6; border-left: 8px solid #d4351c; padding: 12px; font-weight: bold; }\n"
"QFrame#itemCard, QFrame#summaryFrame, QFrame#pinFrame, QFrame#doneFrame { background: #ffffff; border: 1px solid #b1b4b6; border-radius: 6px; }\n"
"QFrame#itemCard QLabel, QFrame#summaryFrame QLabel, QFrame#pinFrame QLabel, QFrame#doneFrame QLabel { border: none; }\n"
"QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; border: none; }\n"
"QPushButton { min-height: 52px; padding: 6px 24px; border-radius: 4px; border: 2px solid #505a5f; background: #ffffff; }\n"
"QPushButton["
                        "primary=\"true\"] { background: #00703c; color: #ffffff; border-color: #005a30; font-weight: bold; }\n"
"QPushButton:disabled { background: #e5e5e5; color: #6f777b; border-color: #b1b4b6; }\n"
"QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QRadioButton:focus, QCheckBox:focus { outline: none; border: 3px solid #ffbf47; }\n"
"QFrame#topBar QPushButton { min-height: 40px; background: #0b0c0c; color: #ffffff; border: 2px solid #ffffff; font-size: 18px; }\n"
"QLineEdit, QPlainTextEdit { background: #ffffff; border: 2px solid #0b0c0c; padding: 6px; min-height: 36px; }\n"
"QComboBox { min-height: 44px; padding: 0 12px; }\n"
"QComboBox QAbstractItemView { font-size: 20px; }\n"
"QRadioButton, QCheckBox { spacing: 14px; padding: 6px; border: 3px solid transparent; }\n"
"QRadioButton::indicator, QCheckBox::indicator { width: 30px; height: 30px; }\n"
"QScrollBar:vertical { width: 24px; background: #e5e5e5; margin: 0; border-radius: 4px; }\n"
"QScrollBar::handle:vertical { background: #505a5f; min-height: 56px;"
                        " margin: 4px; border-radius: 4px; }\n"
"QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }\n"
"QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }\n"
"")
        self.rootLayout = QVBoxLayout(SignoffScreen)
        self.rootLayout.setSpacing(0)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.topBar = QFrame(SignoffScreen)
        self.topBar.setObjectName(u"topBar")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.topBarLayout.setContentsMargins(24, 10, 24, 10)
        self.titleLabel = QLabel(self.topBar)
        self.titleLabel.setObjectName(u"titleLabel")

        self.topBarLayout.addWidget(self.titleLabel)

        self.topBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.topBarSpacer)

        self.officerButton = QPushButton(self.topBar)
        self.officerButton.setObjectName(u"officerButton")
        self.officerButton.setAutoDefault(False)

        self.topBarLayout.addWidget(self.officerButton)


        self.rootLayout.addWidget(self.topBar)

        self.body = QWidget(SignoffScreen)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(32, 16, 32, 16)
        self.messageLabel = QLabel(self.body)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)

        self.bodyLayout.addWidget(self.messageLabel)

        self.pages = QStackedWidget(self.body)
        self.pages.setObjectName(u"pages")
        self.itemsPage = QWidget()
        self.itemsPage.setObjectName(u"itemsPage")
        self.itemsPageLayout = QVBoxLayout(self.itemsPage)
        self.itemsPageLayout.setSpacing(12)
        self.itemsPageLayout.setObjectName(u"itemsPageLayout")
        self.itemsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsHeading = QLabel(self.itemsPage)
        self.itemsHeading.setObjectName(u"itemsHeading")
        self.itemsHeading.setWordWrap(True)
        self.itemsHeading.setProperty(u"heading", True)

        self.itemsPageLayout.addWidget(self.itemsHeading)

        self.itemsIntro = QLabel(self.itemsPage)
        self.itemsIntro.setObjectName(u"itemsIntro")
        self.itemsIntro.setWordWrap(True)

        self.itemsPageLayout.addWidget(self.itemsIntro)

        self.itemsScroll = QScrollArea(self.itemsPage)
        self.itemsScroll.setObjectName(u"itemsScroll")
        self.itemsScroll.setWidgetResizable(True)
        self.itemsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.itemsContainer = QWidget()
        self.itemsContainer.setObjectName(u"itemsContainer")
        self.itemsLayout = QVBoxLayout(self.itemsContainer)
        self.itemsLayout.setSpacing(16)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 8, 0)
        self.itemsScroll.setWidget(self.itemsContainer)

        self.itemsPageLayout.addWidget(self.itemsScroll)

        self.itemsButtons = QHBoxLayout()
        self.itemsButtons.setObjectName(u"itemsButtons")
        self.itemsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemsButtons.addItem(self.itemsButtonsSpacer)

        self.toDecisionButton = QPushButton(self.itemsPage)
        self.toDecisionButton.setObjectName(u"toDecisionButton")
        self.toDecisionButton.setAutoDefault(False)
        self.toDecisionButton.setProperty(u"primary", True)

        self.itemsButtons.addWidget(self.toDecisionButton)


        self.itemsPageLayout.addLayout(self.itemsButtons)

        self.pages.addWidget(self.itemsPage)
        self.decisionPage = QWidget()
        self.decisionPage.setObjectName(u"decisionPage")
        self.decisionPageLayout = QVBoxLayout(self.decisionPage)
        self.decisionPageLayout.setSpacing(12)
        self.decisionPageLayout.setObjectName(u"decisionPageLayout")
        self.decisionPageLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionHeading = QLabel(self.decisionPage)
        self.decisionHeading.setObjectName(u"decisionHeading")
        self.decisionHeading.setProperty(u"heading", True)

        self.decisionPageLayout.addWidget(self.decisionHeading)

        self.decisionScroll = QScrollArea(self.decisionPage)
        self.decisionScroll.setObjectName(u"decisionScroll")
        self.decisionScroll.setWidgetResizable(True)
        self.decisionScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decisionContainer = QWidget()
        self.decisionContainer.setObjectName(u"decisionContainer")
        self.decisionLayout = QVBoxLayout(self.decisionContainer)
        self.decisionLayout.setSpacing(8)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setContentsMargins(0, 0, 8, 0)
        self.agreeRadio = QRadioButton(self.decisionContainer)
        self.agreeRadio.setObjectName(u"agreeRadio")

        self.decisionLayout.addWidget(self.agreeRadio)

        self.conditionsRadio = QRadioButton(self.decisionContainer)
        self.conditionsRadio.setObjectName(u"conditionsRadio")

        self.decisionLayout.addWidget(self.conditionsRadio)

        self.conditionsBox = QWidget(self.decisionContainer)
        self.conditionsBox.setObjectName(u"conditionsBox")
        self.conditionsBoxLayout = QVBoxLayout(self.conditionsBox)
        self.conditionsBoxLayout.setSpacing(4)
        self.conditionsBoxLayout.setObjectName(u"conditionsBoxLayout")
        self.conditionsBoxLayout.setContentsMargins(56, 0, 0, 8)
        self.conditionsLabel = QLabel(self.conditionsBox)
        self.conditionsLabel.setObjectName(u"conditionsLabel")
        self.conditionsLabel.setProperty(u"hint", True)

        self.conditionsBoxLayout.addWidget(self.conditionsLabel)

        self.conditionsList = QVBoxLayout()
        self.conditionsList.setSpacing(0)
        self.conditionsList.setObjectName(u"conditionsList")

        self.conditionsBoxLayout.addLayout(self.conditionsList)

        self.otherConditionsLabel = QLabel(self.conditionsBox)
        self.otherConditionsLabel.setObjectName(u"otherConditionsLabel")

        self.conditionsBoxLayout.addWidget(self.otherConditionsLabel)

        self.otherConditionsEdit = QPlainTextEdit(self.conditionsBox)
        self.otherConditionsEdit.setObjectName(u"otherConditionsEdit")
        self.otherConditionsEdit.setTabChangesFocus(True)
        self.otherConditionsEdit.setMaximumSize(QSize(16777215, 110))

        self.conditionsBoxLayout.addWidget(self.otherConditionsEdit)


        self.decisionLayout.addWidget(self.conditionsBox)

        self.declineRadio = QRadioButton(self.decisionContainer)
        self.declineRadio.setObjectName(u"declineRadio")

        self.decisionLayout.addWidget(self.declineRadio)

        self.reasonsBox = QWidget(self.decisionContainer)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsBoxLayout = QVBoxLayout(self.reasonsBox)
        self.reasonsBoxLayout.setSpacing(4)
        self.reasonsBoxLayout.setObjectName(u"reasonsBoxLayout")
        self.reasonsBoxLayout.setContentsMargins(56, 0, 0, 0)
        self.reasonsLabel = QLabel(self.reasonsBox)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.reasonsBoxLayout.addWidget(self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(self.reasonsBox)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)
        self.reasonsEdit.setMaximumSize(QSize(16777215, 140))

        self.reasonsBoxLayout.addWidget(self.reasonsEdit)


        self.decisionLayout.addWidget(self.reasonsBox)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionLayout.addItem(self.decisionSpacer)

        self.decisionScroll.setWidget(self.decisionContainer)

        self.decisionPageLayout.addWidget(self.decisionScroll)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.decisionBackButton = QPushButton(self.decisionPage)
        self.decisionBackButton.setObjectName(u"decisionBackButton")
        self.decisionBackButton.setAutoDefault(False)

        self.decisionButtons.addWidget(self.decisionBackButton)

        self.decisionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionButtonsSpacer)

        self.toSignButton = QPushButton(self.decisionPage)
        self.toSignButton.setObjectName(u"toSignButton")
        self.toSignButton.setAutoDefault(False)
        self.toSignButton.setProperty(u"primary", True)

        self.decisionButtons.addWidget(self.toSignButton)


        self.decisionPageLayout.addLayout(self.decisionButtons)

        self.pages.addWidget(self.decisionPage)
        self.signPage = QWidget()
        self.signPage.setObjectName(u"signPage")
        self.signPageLayout = QVBoxLayout(self.signPage)
        self.signPageLayout.setSpacing(12)
        self.signPageLayout.setObjectName(u"signPageLayout")
        self.signPageLayout.setContentsMargins(0, 0, 0, 0)
        self.signHeading = QLabel(self.signPage)
        self.signHeading.setObjectName(u"signHeading")
        self.signHeading.setProperty(u"heading", True)

        self.signPageLayout.addWidget(self.signHeading)

        self.signColumns = QHBoxLayout()
        self.signColumns.setSpacing(24)
        self.signColumns.setObjectName(u"signColumns")
        self.summaryFrame = QFrame(self.signPage)
        self.summaryFrame.setObjectName(u"summaryFrame")
        self.summaryFrameLayout = QVBoxLayout(self.summaryFrame)
        self.summaryFrameLayout.setObjectName(u"summaryFrameLayout")
        self.summaryFrameLayout.setContentsMargins(16, 12, 8, 12)
        self.summaryHeading = QLabel(self.summaryFrame)
        self.summaryHeading.setObjectName(u"summaryHeading")
        self.summaryHeading.setProperty(u"subheading", True)

        self.summaryFrameLayout.addWidget(self.summaryHeading)

        self.summaryScroll = QScrollArea(self.summaryFrame)
        self.summaryScroll.setObjectName(u"summaryScroll")
        self.summaryScroll.setWidgetResizable(True)
        self.summaryScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summaryContainer = QWidget()
        self.summaryContainer.setObjectName(u"summaryContainer")
        self.summaryContainerLayout = QVBoxLayout(self.summaryContainer)
        self.summaryContainerLayout.setObjectName(u"summaryContainerLayout")
        self.summaryContainerLayout.setContentsMargins(0, 0, 8, 0)
        self.summaryLabel = QLabel(self.summaryContainer)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.summaryContainerLayout.addWidget(self.summaryLabel)

        self.summaryScroll.setWidget(self.summaryContainer)

        self.summaryFrameLayout.addWidget(self.summaryScroll)


        self.signColumns.addWidget(self.summaryFrame)

        self.signerColumn = QVBoxLayout()
        self.signerColumn.setSpacing(8)
        self.signerColumn.setObjectName(u"signerColumn")
        self.signerForm = QFormLayout()
        self.signerForm.setObjectName(u"signerForm")
        self.signerForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.signerForm.setHorizontalSpacing(16)
        self.signerForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.signPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.signPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.signPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.signPage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.jobTitleLabel = QLabel(self.signPage)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.signPage)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.delegatedByLabel = QLabel(self.signPage)
        self.delegatedByLabel.setObjectName(u"delegatedByLabel")

        self.signerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.delegatedByLabel)

        self.delegatedByEdit = QLineEdit(self.signPage)
        self.delegatedByEdit.setObjectName(u"delegatedByEdit")

        self.signerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.delegatedByEdit)

        self.dateLabel = QLabel(self.signPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.signerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateValue = QLabel(self.signPage)
        self.dateValue.setObjectName(u"dateValue")

        self.signerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateValue)


        self.signerColumn.addLayout(self.signerForm)

        self.methodRow = QHBoxLayout()
        self.methodRow.setObjectName(u"methodRow")
        self.drawRadio = QRadioButton(self.signPage)
        self.drawRadio.setObjectName(u"drawRadio")
        self.drawRadio.setChecked(True)

        self.methodRow.addWidget(self.drawRadio)

        self.typeRadio = QRadioButton(self.signPage)
        self.typeRadio.setObjectName(u"typeRadio")

        self.methodRow.addWidget(self.typeRadio)

        self.methodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodRow.addItem(self.methodSpacer)


        self.signerColumn.addLayout(self.methodRow)

        self.drawBox = QWidget(self.signPage)
        self.drawBox.setObjectName(u"drawBox")
        self.drawBoxLayout = QVBoxLayout(self.drawBox)
        self.drawBoxLayout.setSpacing(6)
        self.drawBoxLayout.setObjectName(u"drawBoxLayout")
        self.drawBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.signaturePad = SignaturePad(self.drawBox)
        self.signaturePad.setObjectName(u"signaturePad")

        self.drawBoxLayout.addWidget(self.signaturePad)

        self.padButtons = QHBoxLayout()
        self.padButtons.setObjectName(u"padButtons")
        self.padHint = QLabel(self.drawBox)
        self.padHint.setObjectName(u"padHint")
        self.padHint.setProperty(u"hint", True)

        self.padButtons.addWidget(self.padHint)

        self.padSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.padButtons.addItem(self.padSpacer)

        self.clearSignatureButton = QPushButton(self.drawBox)
        self.clearSignatureButton.setObjectName(u"clearSignatureButton")
        self.clearSignatureButton.setAutoDefault(False)

        self.padButtons.addWidget(self.clearSignatureButton)


        self.drawBoxLayout.addLayout(self.padButtons)


        self.signerColumn.addWidget(self.drawBox)

        self.typedConfirmCheck = QCheckBox(self.signPage)
        self.typedConfirmCheck.setObjectName(u"typedConfirmCheck")

        self.signerColumn.addWidget(self.typedConfirmCheck)

        self.signerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signerColumn.addItem(self.signerSpacer)


        self.signColumns.addLayout(self.signerColumn)

        self.signColumns.setStretch(0, 5)
        self.signColumns.setStretch(1, 6)

        self.signPageLayout.addLayout(self.signColumns)

        self.signButtons = QHBoxLayout()
        self.signButtons.setObjectName(u"signButtons")
        self.signBackButton = QPushButton(self.signPage)
        self.signBackButton.setObjectName(u"signBackButton")
        self.signBackButton.setAutoDefault(False)

        self.signButtons.addWidget(self.signBackButton)

        self.signButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signButtons.addItem(self.signButtonsSpacer)

        self.signButton = QPushButton(self.signPage)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setAutoDefault(False)
        self.signButton.setProperty(u"primary", True)

        self.signButtons.addWidget(self.signButton)


        self.signPageLayout.addLayout(self.signButtons)

        self.pages.addWidget(self.signPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.doneTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneTopSpacer)

        self.doneFrameRow = QHBoxLayout()
        self.doneFrameRow.setObjectName(u"doneFrameRow")
        self.doneFrameLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneFrameRow.addItem(self.doneFrameLeft)

        self.doneFrame = QFrame(self.donePage)
        self.doneFrame.setObjectName(u"doneFrame")
        self.doneFrame.setMinimumSize(QSize(640, 0))
        self.doneFrame.setMaximumSize(QSize(900, 16777215))
        self.doneFrameLayout = QVBoxLayout(self.doneFrame)
        self.doneFrameLayout.setSpacing(16)
        self.doneFrameLayout.setObjectName(u"doneFrameLayout")
        self.doneFrameLayout.setContentsMargins(32, 32, 32, 32)
        self.doneHeading = QLabel(self.doneFrame)
        self.doneHeading.setObjectName(u"doneHeading")
        self.doneHeading.setWordWrap(True)
        self.doneHeading.setProperty(u"heading", True)

        self.doneFrameLayout.addWidget(self.doneHeading)

        self.doneText = QLabel(self.doneFrame)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setWordWrap(True)

        self.doneFrameLayout.addWidget(self.doneText)

        self.handBackButton = QPushButton(self.doneFrame)
        self.handBackButton.setObjectName(u"handBackButton")
        self.handBackButton.setAutoDefault(False)
        self.handBackButton.setProperty(u"primary", True)

        self.doneFrameLayout.addWidget(self.handBackButton)


        self.doneFrameRow.addWidget(self.doneFrame)

        self.doneFrameRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneFrameRow.addItem(self.doneFrameRight)


        self.donePageLayout.addLayout(self.doneFrameRow)

        self.doneBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneBottomSpacer)

        self.pages.addWidget(self.donePage)
        self.pinPage = QWidget()
        self.pinPage.setObjectName(u"pinPage")
        self.pinPageLayout = QVBoxLayout(self.pinPage)
        self.pinPageLayout.setObjectName(u"pinPageLayout")
        self.pinTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinPageLayout.addItem(self.pinTopSpacer)

        self.pinFrameRow = QHBoxLayout()
        self.pinFrameRow.setObjectName(u"pinFrameRow")
        self.pinFrameLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinFrameRow.addItem(self.pinFrameLeft)

        self.pinFrame = QFrame(self.pinPage)
        self.pinFrame.setObjectName(u"pinFrame")
        self.pinFrame.setMinimumSize(QSize(600, 0))
        self.pinFrame.setMaximumSize(QSize(760, 16777215))
        self.pinFrameLayout = QVBoxLayout(self.pinFrame)
        self.pinFrameLayout.setSpacing(12)
        self.pinFrameLayout.setObjectName(u"pinFrameLayout")
        self.pinFrameLayout.setContentsMargins(32, 32, 32, 32)
        self.pinHeading = QLabel(self.pinFrame)
        self.pinHeading.setObjectName(u"pinHeading")
        self.pinHeading.setProperty(u"heading", True)

        self.pinFrameLayout.addWidget(self.pinHeading)

        self.pinIntro = QLabel(self.pinFrame)
        self.pinIntro.setObjectName(u"pinIntro")
        self.pinIntro.setWordWrap(True)

        self.pinFrameLayout.addWidget(self.pinIntro)

        self.pinLabel = QLabel(self.pinFrame)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinFrameLayout.addWidget(self.pinLabel)

        self.pinEdit = QLineEdit(self.pinFrame)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText|Qt.InputMethodHint.ImhNoAutoUppercase|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)

        self.pinFrameLayout.addWidget(self.pinEdit)

        self.pinMessage = QLabel(self.pinFrame)
        self.pinMessage.setObjectName(u"pinMessage")
        self.pinMessage.setWordWrap(True)

        self.pinFrameLayout.addWidget(self.pinMessage)

        self.pinButtons = QHBoxLayout()
        self.pinButtons.setObjectName(u"pinButtons")
        self.pinBackButton = QPushButton(self.pinFrame)
        self.pinBackButton.setObjectName(u"pinBackButton")
        self.pinBackButton.setAutoDefault(False)

        self.pinButtons.addWidget(self.pinBackButton)

        self.pinButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinButtons.addItem(self.pinButtonsSpacer)

        self.unlockButton = QPushButton(self.pinFrame)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setAutoDefault(False)
        self.unlockButton.setProperty(u"primary", True)

        self.pinButtons.addWidget(self.unlockButton)


        self.pinFrameLayout.addLayout(self.pinButtons)


        self.pinFrameRow.addWidget(self.pinFrame)

        self.pinFrameRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinFrameRow.addItem(self.pinFrameRight)


        self.pinPageLayout.addLayout(self.pinFrameRow)

        self.pinBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinPageLayout.addItem(self.pinBottomSpacer)

        self.pages.addWidget(self.pinPage)

        self.bodyLayout.addWidget(self.pages)


        self.rootLayout.addWidget(self.body)

#if QT_CONFIG(shortcut)
        self.otherConditionsLabel.setBuddy(self.otherConditionsEdit)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.delegatedByLabel.setBuddy(self.delegatedByEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toDecisionButton, self.agreeRadio)
        QWidget.setTabOrder(self.agreeRadio, self.conditionsRadio)
        QWidget.setTabOrder(self.conditionsRadio, self.otherConditionsEdit)
        QWidget.setTabOrder(self.otherConditionsEdit, self.declineRadio)
        QWidget.setTabOrder(self.declineRadio, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.decisionBackButton)
        QWidget.setTabOrder(self.decisionBackButton, self.toSignButton)
        QWidget.setTabOrder(self.toSignButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.delegatedByEdit)
        QWidget.setTabOrder(self.delegatedByEdit, self.drawRadio)
        QWidget.setTabOrder(self.drawRadio, self.typeRadio)
        QWidget.setTabOrder(self.typeRadio, self.clearSignatureButton)
        QWidget.setTabOrder(self.clearSignatureButton, self.typedConfirmCheck)
        QWidget.setTabOrder(self.typedConfirmCheck, self.signBackButton)
        QWidget.setTabOrder(self.signBackButton, self.signButton)
        QWidget.setTabOrder(self.signButton, self.handBackButton)
        QWidget.setTabOrder(self.handBackButton, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.pinBackButton)
        QWidget.setTabOrder(self.pinBackButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.officerButton)

        self.retranslateUi(SignoffScreen)

        QMetaObject.connectSlotsByName(SignoffScreen)
    # setupUi

    def retranslateUi(self, SignoffScreen):
        SignoffScreen.setWindowTitle(QCoreApplication.translate("SignoffScreen", u"Agreement to direct payments on your premises", None))
        self.titleLabel.setText(QCoreApplication.translate("SignoffScreen", u"Agreement to direct payments on your premises", None))
        self.officerButton.setText(QCoreApplication.translate("SignoffScreen", u"Case officer: return to CoPlan", None))
        self.itemsHeading.setText(QCoreApplication.translate("SignoffScreen", u"What will happen on your premises", None))
        self.toDecisionButton.setText(QCoreApplication.translate("SignoffScreen", u"Next: your decision", None))
        self.decisionHeading.setText(QCoreApplication.translate("SignoffScreen", u"Your decision", None))
        self.agreeRadio.setText(QCoreApplication.translate("SignoffScreen", u"I agree", None))
        self.conditionsRadio.setText(QCoreApplication.translate("SignoffScreen", u"I agree, with conditions", None))
        self.conditionsLabel.setText(QCoreApplication.translate("SignoffScreen", u"Tick each condition that applies:", None))
        self.otherConditionsLabel.setText(QCoreApplication.translate("SignoffScreen", u"Other conditions (optional)", None))
        self.declineRadio.setText(QCoreApplication.translate("SignoffScreen", u"I do not agree (decline)", None))
        self.reasonsLabel.setText(QCoreApplication.translate("SignoffScreen", u"Your reasons for declining (needed)", None))
        self.decisionBackButton.setText(QCoreApplication.translate("SignoffScreen", u"Back", None))
        self.toSignButton.setText(QCoreApplication.translate("SignoffScreen", u"Next: check and sign", None))
        self.signHeading.setText(QCoreApplication.translate("SignoffScreen", u"Check and sign", None))
        self.summaryHeading.setText(QCoreApplication.translate("SignoffScreen", u"What you are signing", None))
        self.nameLabel.setText(QCoreApplication.translate("SignoffScreen", u"Your full name", None))
        self.roleLabel.setText(QCoreApplication.translate("SignoffScreen", u"Your role", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("SignoffScreen", u"Your job title", None))
        self.delegatedByLabel.setText(QCoreApplication.translate("SignoffScreen", u"Authority given by", None))
        self.delegatedByEdit.setPlaceholderText(QCoreApplication.translate("SignoffScreen", u"Name and role, e.g. J Patel, head teacher", None))
        self.dateLabel.setText(QCoreApplication.translate("SignoffScreen", u"Date", None))
        self.drawRadio.setText(QCoreApplication.translate("SignoffScreen", u"Draw my signature", None))
        self.typeRadio.setText(QCoreApplication.translate("SignoffScreen", u"Type my name instead", None))
#if QT_CONFIG(accessibility)
        self.signaturePad.setAccessibleName(QCoreApplication.translate("SignoffScreen", u"Signature", None))
#endif // QT_CONFIG(accessibility)
        self.padHint.setText(QCoreApplication.translate("SignoffScreen", u"Use a finger, a pen or the mouse.", None))
        self.clearSignatureButton.setText(QCoreApplication.translate("SignoffScreen", u"Clear signature", None))
        self.typedConfirmCheck.setText(QCoreApplication.translate("SignoffScreen", u"I confirm that my typed name above is my signature", None))
        self.signBackButton.setText(QCoreApplication.translate("SignoffScreen", u"Back", None))
        self.signButton.setText(QCoreApplication.translate("SignoffScreen", u"Sign and record my decision", None))
        self.doneHeading.setText(QCoreApplication.translate("SignoffScreen", u"Thank you: your decision is recorded", None))
        self.handBackButton.setText(QCoreApplication.translate("SignoffScreen", u"Hand back to the case officer", None))
        self.pinHeading.setText(QCoreApplication.translate("SignoffScreen", u"Case officer only", None))
        self.pinLabel.setText(QCoreApplication.translate("SignoffScreen", u"Case officer's PIN or password", None))
        self.pinBackButton.setText(QCoreApplication.translate("SignoffScreen", u"Go back", None))
        self.unlockButton.setText(QCoreApplication.translate("SignoffScreen", u"Unlock", None))
    # retranslateUi

