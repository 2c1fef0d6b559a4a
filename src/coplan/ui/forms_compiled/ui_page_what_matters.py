# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_what_matters.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PageWhatMatters(object):
    def setupUi(self, PageWhatMatters):
        if not PageWhatMatters.objectName():
            PageWhatMatters.setObjectName(u"PageWhatMatters")
        self.layout = QVBoxLayout(PageWhatMatters)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PageWhatMatters)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.whatMattersLabel = QLabel(PageWhatMatters)
        self.whatMattersLabel.setObjectName(u"whatMattersLabel")

        self.layout.addWidget(self.whatMattersLabel)

        self.whatMatters = QPlainTextEdit(PageWhatMatters)
        self.whatMatters.setObjectName(u"whatMatters")
        self.whatMatters.setTabChangesFocus(True)

        self.layout.addWidget(self.whatMatters)

#if QT_CONFIG(shortcut)
        self.whatMattersLabel.setBuddy(self.whatMatters)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageWhatMatters)

        QMetaObject.connectSlotsByName(PageWhatMatters)
    # setupUi

    def retranslateUi(self, PageWhatMatters):
        self.intro.setText(QCoreApplication.translate("PageWhatMatters", u"A few short lines in the child's and the family's own words: what they enjoy, what is important to them, and what they want people to know. This page is optional.", None))
        self.whatMattersLabel.setText(QCoreApplication.translate("PageWhatMatters", u"&What matters (one line each)", None))
        self.whatMatters.setPlaceholderText(QCoreApplication.translate("PageWhatMatters", u"Amara says: \u201cI want to talk to my friends at lunch.\u201d", None))
        pass
    # retranslateUi

