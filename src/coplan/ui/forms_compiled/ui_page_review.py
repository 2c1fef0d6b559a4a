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
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

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

        self.datesGroup = QGroupBox(PageReview)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesForm = QFormLayout(self.datesGroup)
        self.datesForm.setObjectName(u"datesForm")
        self.planStatusLabel = QLabel(self.datesGroup)
        self.planStatusLabel.setObjectName(u"planStatusLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planStatusLabel)

        self.planStatus = QComboBox(self.datesGroup)
        self.planStatus.setObjectName(u"planStatus")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planStatus)

        self.servedOnLabel = QLabel(self.datesGroup)
        self.servedOnLabel.setObjectName(u"servedOnLabel")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.servedOnLabel)

        self.servedOn = QLineEdit(self.datesGroup)
        self.servedOn.setObjectName(u"servedOn")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.servedOn)

        self.commentDeadlineLabel = QLabel(self.datesGroup)
        self.commentDeadlineLabel.setObjectName(u"commentDeadlineLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentDeadlineLabel)

        self.commentDeadline = QLineEdit(self.datesGroup)
        self.commentDeadline.setObjectName(u"commentDeadline")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commentDeadline)

        self.nextReviewLabel = QLabel(self.datesGroup)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.datesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextReviewLabel)

        self.nextReview = QLineEdit(self.datesGroup)
        self.nextReview.setObjectName(u"nextReview")

        self.datesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextReview)


        self.leftColumn.addWidget(self.datesGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.chartHolder = QWidget(PageReview)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.rightColumn.addWidget(self.chartHolder)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportPdf = QPushButton(PageReview)
        self.exportPdf.setObjectName(u"exportPdf")

        self.exportButtons.addWidget(self.exportPdf)

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

#if QT_CONFIG(shortcut)
        self.findingsLabel.setBuddy(self.findingsList)
        self.planStatusLabel.setBuddy(self.planStatus)
        self.servedOnLabel.setBuddy(self.servedOn)
        self.commentDeadlineLabel.setBuddy(self.commentDeadline)
        self.nextReviewLabel.setBuddy(self.nextReview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageReview)

        QMetaObject.connectSlotsByName(PageReview)
    # setupUi

    def retranslateUi(self, PageReview):
        self.findingsLabel.setText(QCoreApplication.translate("PageReview", u"&Still to do (press Enter on a line to go to it)", None))
        self.datesGroup.setTitle(QCoreApplication.translate("PageReview", u"Status and dates", None))
        self.planStatusLabel.setText(QCoreApplication.translate("PageReview", u"Plan s&tatus", None))
        self.servedOnLabel.setText(QCoreApplication.translate("PageReview", u"Draft sent to the family &on", None))
        self.servedOn.setPlaceholderText(QCoreApplication.translate("PageReview", u"for example 23/11/2026", None))
        self.commentDeadlineLabel.setText(QCoreApplication.translate("PageReview", u"&Last day for comments", None))
        self.nextReviewLabel.setText(QCoreApplication.translate("PageReview", u"Next re&view", None))
        self.exportPdf.setText(QCoreApplication.translate("PageReview", u"Export the dr&aft (PDF)\u2026", None))
        self.exportPlanFile.setText(QCoreApplication.translate("PageReview", u"Export the plan fil&e\u2026", None))
        pass
    # retranslateUi

