# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_agreement.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PageAgreement(object):
    def setupUi(self, PageAgreement):
        if not PageAgreement.objectName():
            PageAgreement.setObjectName(u"PageAgreement")
        self.layout = QVBoxLayout(PageAgreement)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PageAgreement)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.settingsScroll = QScrollArea(PageAgreement)
        self.settingsScroll.setObjectName(u"settingsScroll")
        self.settingsScroll.setWidgetResizable(True)
        self.settingsScroll.setFrameShape(QFrame.NoFrame)
        self.settingsContainer = QWidget()
        self.settingsContainer.setObjectName(u"settingsContainer")
        self.settingsLayout = QVBoxLayout(self.settingsContainer)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.noneNeeded = QLabel(self.settingsContainer)
        self.noneNeeded.setObjectName(u"noneNeeded")
        self.noneNeeded.setWordWrap(True)

        self.settingsLayout.addWidget(self.noneNeeded)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.settingsScroll.setWidget(self.settingsContainer)

        self.layout.addWidget(self.settingsScroll)


        self.retranslateUi(PageAgreement)

        QMetaObject.connectSlotsByName(PageAgreement)
    # setupUi

    def retranslateUi(self, PageAgreement):
        self.intro.setText(QCoreApplication.translate("PageAgreement", u"Where a direct payment pays for something used or delivered on a school's or college's premises, the head teacher or principal must agree in writing. Hand them the laptop: the sign-off screen shows them only what will happen in their setting.", None))
        self.noneNeeded.setText(QCoreApplication.translate("PageAgreement", u"No direct payment item happens on a setting's premises, so no head teacher's agreement is needed.", None))
        pass
    # retranslateUi

