# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'your_details.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_YourDetailsDialog(object):
    def setupUi(self, YourDetailsDialog):
        if not YourDetailsDialog.objectName():
            YourDetailsDialog.setObjectName(u"YourDetailsDialog")
        YourDetailsDialog.resize(560, 360)
        self.rootLayout = QVBoxLayout(YourDetailsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.intro = QLabel(YourDetailsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(YourDetailsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(YourDetailsDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.roleLabel = QLabel(YourDetailsDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QLineEdit(YourDetailsDialog)
        self.role.setObjectName(u"role")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.emailLabel = QLabel(YourDetailsDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(YourDetailsDialog)
        self.email.setObjectName(u"email")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(YourDetailsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(YourDetailsDialog)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)


        self.rootLayout.addLayout(self.fields)

        self.problem = QLabel(YourDetailsDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(YourDetailsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.rootLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.roleLabel.setBuddy(self.role)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.role)
        QWidget.setTabOrder(self.role, self.email)
        QWidget.setTabOrder(self.email, self.phone)

        self.retranslateUi(YourDetailsDialog)

        QMetaObject.connectSlotsByName(YourDetailsDialog)
    # setupUi

    def retranslateUi(self, YourDetailsDialog):
        YourDetailsDialog.setWindowTitle(QCoreApplication.translate("YourDetailsDialog", u"Your details", None))
        self.intro.setText(QCoreApplication.translate("YourDetailsDialog", u"The family and the school reply to you. Your details are printed on each new plan's Section J (on the family's page and under \u201cWhat happens next\u201d) and on requests for a head teacher's agreement. Each plan keeps its own copy.", None))
        self.nameLabel.setText(QCoreApplication.translate("YourDetailsDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("YourDetailsDialog", u"for example Sam Patel", None))
        self.roleLabel.setText(QCoreApplication.translate("YourDetailsDialog", u"&Role", None))
        self.role.setPlaceholderText(QCoreApplication.translate("YourDetailsDialog", u"for example SEND case officer", None))
        self.emailLabel.setText(QCoreApplication.translate("YourDetailsDialog", u"&Email", None))
        self.email.setPlaceholderText(QCoreApplication.translate("YourDetailsDialog", u"the address families and schools write to", None))
        self.phoneLabel.setText(QCoreApplication.translate("YourDetailsDialog", u"&Phone", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("YourDetailsDialog", u"for example 01632 960 123", None))
        self.problem.setText("")
    # retranslateUi

