# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_meeting.ui'
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
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PageMeeting(object):
    def setupUi(self, PageMeeting):
        if not PageMeeting.objectName():
            PageMeeting.setObjectName(u"PageMeeting")
        self.columns = QHBoxLayout(PageMeeting)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.meetingGroup = QGroupBox(PageMeeting)
        self.meetingGroup.setObjectName(u"meetingGroup")
        self.meetingForm = QFormLayout(self.meetingGroup)
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingKindLabel = QLabel(self.meetingGroup)
        self.meetingKindLabel.setObjectName(u"meetingKindLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingKindLabel)

        self.meetingKind = QComboBox(self.meetingGroup)
        self.meetingKind.setObjectName(u"meetingKind")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingKind)

        self.meetingDateLabel = QLabel(self.meetingGroup)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingDateLabel)

        self.meetingDate = QLineEdit(self.meetingGroup)
        self.meetingDate.setObjectName(u"meetingDate")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingDate)


        self.leftColumn.addWidget(self.meetingGroup)

        self.childGroup = QGroupBox(PageMeeting)
        self.childGroup.setObjectName(u"childGroup")
        self.childForm = QFormLayout(self.childGroup)
        self.childForm.setObjectName(u"childForm")
        self.childFullNameLabel = QLabel(self.childGroup)
        self.childFullNameLabel.setObjectName(u"childFullNameLabel")

        self.childForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.childFullNameLabel)

        self.childFullName = QLineEdit(self.childGroup)
        self.childFullName.setObjectName(u"childFullName")

        self.childForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.childFullName)

        self.childPreferredNameLabel = QLabel(self.childGroup)
        self.childPreferredNameLabel.setObjectName(u"childPreferredNameLabel")

        self.childForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.childPreferredNameLabel)

        self.childPreferredName = QLineEdit(self.childGroup)
        self.childPreferredName.setObjectName(u"childPreferredName")

        self.childForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.childPreferredName)

        self.childDobLabel = QLabel(self.childGroup)
        self.childDobLabel.setObjectName(u"childDobLabel")

        self.childForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.childDobLabel)

        self.childDob = QLineEdit(self.childGroup)
        self.childDob.setObjectName(u"childDob")

        self.childForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.childDob)


        self.leftColumn.addWidget(self.childGroup)

        self.settingsGroup = QGroupBox(PageMeeting)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsLayout = QVBoxLayout(self.settingsGroup)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsListRow = QVBoxLayout()
        self.settingsListRow.setObjectName(u"settingsListRow")
        self.settingList = QListWidget(self.settingsGroup)
        self.settingList.setObjectName(u"settingList")
        self.settingList.setMaximumSize(QSize(16777215, 80))

        self.settingsListRow.addWidget(self.settingList)

        self.settingButtons = QHBoxLayout()
        self.settingButtons.setObjectName(u"settingButtons")
        self.addSetting = QPushButton(self.settingsGroup)
        self.addSetting.setObjectName(u"addSetting")

        self.settingButtons.addWidget(self.addSetting)

        self.removeSetting = QPushButton(self.settingsGroup)
        self.removeSetting.setObjectName(u"removeSetting")

        self.settingButtons.addWidget(self.removeSetting)

        self.settingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingButtons.addItem(self.settingButtonsSpacer)


        self.settingsListRow.addLayout(self.settingButtons)


        self.settingsLayout.addLayout(self.settingsListRow)

        self.settingForm = QFormLayout()
        self.settingForm.setObjectName(u"settingForm")
        self.settingNameLabel = QLabel(self.settingsGroup)
        self.settingNameLabel.setObjectName(u"settingNameLabel")

        self.settingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.settingNameLabel)

        self.settingName = QLineEdit(self.settingsGroup)
        self.settingName.setObjectName(u"settingName")

        self.settingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settingName)

        self.settingKindLabel = QLabel(self.settingsGroup)
        self.settingKindLabel.setObjectName(u"settingKindLabel")

        self.settingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.settingKindLabel)

        self.settingKind = QComboBox(self.settingsGroup)
        self.settingKind.setObjectName(u"settingKind")

        self.settingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settingKind)

        self.settingHeadNameLabel = QLabel(self.settingsGroup)
        self.settingHeadNameLabel.setObjectName(u"settingHeadNameLabel")

        self.settingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.settingHeadNameLabel)

        self.settingHeadName = QLineEdit(self.settingsGroup)
        self.settingHeadName.setObjectName(u"settingHeadName")

        self.settingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.settingHeadName)

        self.settingHeadRoleLabel = QLabel(self.settingsGroup)
        self.settingHeadRoleLabel.setObjectName(u"settingHeadRoleLabel")

        self.settingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.settingHeadRoleLabel)

        self.settingHeadRole = QLineEdit(self.settingsGroup)
        self.settingHeadRole.setObjectName(u"settingHeadRole")

        self.settingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settingHeadRole)

        self.settingUrnLabel = QLabel(self.settingsGroup)
        self.settingUrnLabel.setObjectName(u"settingUrnLabel")

        self.settingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.settingUrnLabel)

        self.settingUrn = QLineEdit(self.settingsGroup)
        self.settingUrn.setObjectName(u"settingUrn")

        self.settingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settingUrn)


        self.settingsLayout.addLayout(self.settingForm)


        self.leftColumn.addWidget(self.settingsGroup)


        self.columns.addLayout(self.leftColumn)

        self.peopleGroup = QGroupBox(PageMeeting)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleLayout = QVBoxLayout(self.peopleGroup)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleListRow = QVBoxLayout()
        self.peopleListRow.setObjectName(u"peopleListRow")
        self.attendeeList = QListWidget(self.peopleGroup)
        self.attendeeList.setObjectName(u"attendeeList")

        self.peopleListRow.addWidget(self.attendeeList)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendee = QPushButton(self.peopleGroup)
        self.addAttendee.setObjectName(u"addAttendee")

        self.attendeeButtons.addWidget(self.addAttendee)

        self.removeAttendee = QPushButton(self.peopleGroup)
        self.removeAttendee.setObjectName(u"removeAttendee")

        self.attendeeButtons.addWidget(self.removeAttendee)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.peopleListRow.addLayout(self.attendeeButtons)


        self.peopleLayout.addLayout(self.peopleListRow)

        self.attendeeForm = QFormLayout()
        self.attendeeForm.setObjectName(u"attendeeForm")
        self.attendeeNameLabel = QLabel(self.peopleGroup)
        self.attendeeNameLabel.setObjectName(u"attendeeNameLabel")

        self.attendeeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attendeeNameLabel)

        self.attendeeName = QLineEdit(self.peopleGroup)
        self.attendeeName.setObjectName(u"attendeeName")

        self.attendeeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.attendeeName)

        self.attendeeRoleLabel = QLabel(self.peopleGroup)
        self.attendeeRoleLabel.setObjectName(u"attendeeRoleLabel")

        self.attendeeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attendeeRoleLabel)

        self.attendeeRole = QComboBox(self.peopleGroup)
        self.attendeeRole.setObjectName(u"attendeeRole")

        self.attendeeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attendeeRole)

        self.attendeeNoteLabel = QLabel(self.peopleGroup)
        self.attendeeNoteLabel.setObjectName(u"attendeeNoteLabel")

        self.attendeeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendeeNoteLabel)

        self.attendeeNote = QLineEdit(self.peopleGroup)
        self.attendeeNote.setObjectName(u"attendeeNote")

        self.attendeeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendeeNote)


        self.peopleLayout.addLayout(self.attendeeForm)


        self.columns.addWidget(self.peopleGroup)

#if QT_CONFIG(shortcut)
        self.meetingKindLabel.setBuddy(self.meetingKind)
        self.meetingDateLabel.setBuddy(self.meetingDate)
        self.childFullNameLabel.setBuddy(self.childFullName)
        self.childPreferredNameLabel.setBuddy(self.childPreferredName)
        self.childDobLabel.setBuddy(self.childDob)
        self.settingNameLabel.setBuddy(self.settingName)
        self.settingKindLabel.setBuddy(self.settingKind)
        self.settingHeadNameLabel.setBuddy(self.settingHeadName)
        self.settingHeadRoleLabel.setBuddy(self.settingHeadRole)
        self.settingUrnLabel.setBuddy(self.settingUrn)
        self.attendeeNameLabel.setBuddy(self.attendeeName)
        self.attendeeRoleLabel.setBuddy(self.attendeeRole)
        self.attendeeNoteLabel.setBuddy(self.attendeeNote)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PageMeeting)

        QMetaObject.connectSlotsByName(PageMeeting)
    # setupUi

    def retranslateUi(self, PageMeeting):
        self.meetingGroup.setTitle(QCoreApplication.translate("PageMeeting", u"The meeting", None))
        self.meetingKindLabel.setText(QCoreApplication.translate("PageMeeting", u"&Kind of meeting", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("PageMeeting", u"Date of the &meeting", None))
        self.meetingDate.setPlaceholderText(QCoreApplication.translate("PageMeeting", u"for example 16/11/2026", None))
        self.childGroup.setTitle(QCoreApplication.translate("PageMeeting", u"The child or young person", None))
        self.childFullNameLabel.setText(QCoreApplication.translate("PageMeeting", u"F&ull name", None))
        self.childPreferredNameLabel.setText(QCoreApplication.translate("PageMeeting", u"Pr&eferred name", None))
        self.childPreferredName.setPlaceholderText(QCoreApplication.translate("PageMeeting", u"what they like to be called", None))
        self.childDobLabel.setText(QCoreApplication.translate("PageMeeting", u"Date of b&irth", None))
        self.childDob.setPlaceholderText(QCoreApplication.translate("PageMeeting", u"for example 14/03/2018", None))
        self.settingsGroup.setTitle(QCoreApplication.translate("PageMeeting", u"School, college or early years setting", None))
#if QT_CONFIG(accessibility)
        self.settingList.setAccessibleName(QCoreApplication.translate("PageMeeting", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.addSetting.setText(QCoreApplication.translate("PageMeeting", u"Add a setting", None))
        self.removeSetting.setText(QCoreApplication.translate("PageMeeting", u"Remove setting", None))
        self.settingNameLabel.setText(QCoreApplication.translate("PageMeeting", u"&Setting's name", None))
        self.settingKindLabel.setText(QCoreApplication.translate("PageMeeting", u"Kind of setting", None))
        self.settingHeadNameLabel.setText(QCoreApplication.translate("PageMeeting", u"&Head's name", None))
        self.settingHeadRoleLabel.setText(QCoreApplication.translate("PageMeeting", u"Head's role", None))
        self.settingHeadRole.setPlaceholderText(QCoreApplication.translate("PageMeeting", u"Head teacher, Principal, Manager", None))
        self.settingUrnLabel.setText(QCoreApplication.translate("PageMeeting", u"Unique reference number (URN)", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("PageMeeting", u"Who is at the meeting", None))
#if QT_CONFIG(accessibility)
        self.attendeeList.setAccessibleName(QCoreApplication.translate("PageMeeting", u"People at the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.addAttendee.setText(QCoreApplication.translate("PageMeeting", u"Add a person", None))
        self.removeAttendee.setText(QCoreApplication.translate("PageMeeting", u"Remove person", None))
        self.attendeeNameLabel.setText(QCoreApplication.translate("PageMeeting", u"N&ame", None))
        self.attendeeRoleLabel.setText(QCoreApplication.translate("PageMeeting", u"&Role", None))
        self.attendeeNoteLabel.setText(QCoreApplication.translate("PageMeeting", u"No&te", None))
        self.attendeeNote.setPlaceholderText(QCoreApplication.translate("PageMeeting", u"for example \u201cMum\u201d, \u201cjoined by phone\u201d", None))
        pass
    # retranslateUi

