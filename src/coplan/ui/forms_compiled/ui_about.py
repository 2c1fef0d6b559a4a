# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 460)
        self.rootLayout = QVBoxLayout(AboutDialog)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))
        self.iconLabel.setMaximumSize(QSize(64, 64))
        self.iconLabel.setScaledContents(True)

        self.headingRow.addWidget(self.iconLabel)

        self.headingText = QVBoxLayout()
        self.headingText.setObjectName(u"headingText")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headingText.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(AboutDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headingText.addWidget(self.summaryLabel)


        self.headingRow.addLayout(self.headingText)


        self.rootLayout.addLayout(self.headingRow)

        self.factsForm = QFormLayout()
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.factsForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.rootLayout.addLayout(self.factsForm)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.userGuideButton = QPushButton(AboutDialog)
        self.userGuideButton.setObjectName(u"userGuideButton")

        self.buttonRow.addWidget(self.userGuideButton)

        self.licencesButton = QPushButton(AboutDialog)
        self.licencesButton.setObjectName(u"licencesButton")

        self.buttonRow.addWidget(self.licencesButton)

        self.logFolderButton = QPushButton(AboutDialog)
        self.logFolderButton.setObjectName(u"logFolderButton")

        self.buttonRow.addWidget(self.logFolderButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttons)


        self.rootLayout.addLayout(self.buttonRow)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About CoPlan", None))
        self.userGuideButton.setText(QCoreApplication.translate("AboutDialog", u"&User guide", None))
        self.licencesButton.setText(QCoreApplication.translate("AboutDialog", u"&Licences", None))
        self.logFolderButton.setText(QCoreApplication.translate("AboutDialog", u"Open the &log folder", None))
    # retranslateUi

