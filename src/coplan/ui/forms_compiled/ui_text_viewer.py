# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'text_viewer.ui'
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
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_TextViewer(object):
    def setupUi(self, TextViewer):
        if not TextViewer.objectName():
            TextViewer.setObjectName(u"TextViewer")
        TextViewer.resize(900, 680)
        self.rootLayout = QVBoxLayout(TextViewer)
        self.rootLayout.setObjectName(u"rootLayout")
        self.textView = QTextBrowser(TextViewer)
        self.textView.setObjectName(u"textView")
        self.textView.setOpenExternalLinks(True)

        self.rootLayout.addWidget(self.textView)

        self.buttons = QDialogButtonBox(TextViewer)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rootLayout.addWidget(self.buttons)


        self.retranslateUi(TextViewer)
        self.buttons.rejected.connect(TextViewer.reject)

        QMetaObject.connectSlotsByName(TextViewer)
    # setupUi

    def retranslateUi(self, TextViewer):
        pass
    # retranslateUi

