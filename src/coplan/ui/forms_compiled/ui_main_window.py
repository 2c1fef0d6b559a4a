# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStatusBar, QTableView, QToolBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 680)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionAnnualReview = QAction(MainWindow)
        self.actionAnnualReview.setObjectName(u"actionAnnualReview")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionErase = QAction(MainWindow)
        self.actionErase.setObjectName(u"actionErase")
        self.actionEmptyBin = QAction(MainWindow)
        self.actionEmptyBin.setObjectName(u"actionEmptyBin")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionDataFolder = QAction(MainWindow)
        self.actionDataFolder.setObjectName(u"actionDataFolder")
        self.actionPolicyPack = QAction(MainWindow)
        self.actionPolicyPack.setObjectName(u"actionPolicyPack")
        self.actionYourName = QAction(MainWindow)
        self.actionYourName.setObjectName(u"actionYourName")
        self.actionUserGuide = QAction(MainWindow)
        self.actionUserGuide.setObjectName(u"actionUserGuide")
        self.actionLogFolder = QAction(MainWindow)
        self.actionLogFolder.setObjectName(u"actionLogFolder")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.central)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchField = QLineEdit(self.central)
        self.searchField.setObjectName(u"searchField")
        self.searchField.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchField)

        self.stageLabel = QLabel(self.central)
        self.stageLabel.setObjectName(u"stageLabel")

        self.searchRow.addWidget(self.stageLabel)

        self.stageFilter = QComboBox(self.central)
        self.stageFilter.setObjectName(u"stageFilter")

        self.searchRow.addWidget(self.stageFilter)

        self.showBin = QCheckBox(self.central)
        self.showBin.setObjectName(u"showBin")

        self.searchRow.addWidget(self.showBin)


        self.centralLayout.addLayout(self.searchRow)

        self.caseloadView = QTableView(self.central)
        self.caseloadView.setObjectName(u"caseloadView")
        self.caseloadView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseloadView.setTabKeyNavigation(False)
        self.caseloadView.setAlternatingRowColors(True)
        self.caseloadView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.caseloadView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseloadView.setSortingEnabled(True)
        self.caseloadView.setWordWrap(False)
        self.caseloadView.horizontalHeader().setStretchLastSection(False)
        self.caseloadView.verticalHeader().setVisible(False)

        self.centralLayout.addWidget(self.caseloadView)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuPlan = QMenu(self.menubar)
        self.menuPlan.setObjectName(u"menuPlan")
        self.menuSettings = QMenu(self.menubar)
        self.menuSettings.setObjectName(u"menuSettings")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchField)
        self.stageLabel.setBuddy(self.stageFilter)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuPlan.menuAction())
        self.menubar.addAction(self.menuSettings.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuPlan.addAction(self.actionNew)
        self.menuPlan.addAction(self.actionOpen)
        self.menuPlan.addAction(self.actionAnnualReview)
        self.menuPlan.addSeparator()
        self.menuPlan.addAction(self.actionImport)
        self.menuPlan.addAction(self.actionExport)
        self.menuPlan.addSeparator()
        self.menuPlan.addAction(self.actionDelete)
        self.menuPlan.addAction(self.actionRestore)
        self.menuPlan.addAction(self.actionErase)
        self.menuPlan.addAction(self.actionEmptyBin)
        self.menuPlan.addSeparator()
        self.menuPlan.addAction(self.actionQuit)
        self.menuSettings.addAction(self.actionDataFolder)
        self.menuSettings.addAction(self.actionPolicyPack)
        self.menuSettings.addAction(self.actionYourName)
        self.menuHelp.addAction(self.actionUserGuide)
        self.menuHelp.addAction(self.actionLogFolder)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)
        self.toolbar.addAction(self.actionNew)
        self.toolbar.addAction(self.actionOpen)
        self.toolbar.addAction(self.actionAnnualReview)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actionImport)
        self.toolbar.addAction(self.actionExport)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actionDelete)
        self.toolbar.addAction(self.actionRestore)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CoPlan: caseload", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New plan", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionAnnualReview.setText(QCoreApplication.translate("MainWindow", u"Start &annual review", None))
#if QT_CONFIG(shortcut)
        self.actionAnnualReview.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import a plan file\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export the plan file\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Delete\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionDelete.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore from the bin", None))
        self.actionErase.setText(QCoreApplication.translate("MainWindow", u"E&rase for good\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionErase.setToolTip(QCoreApplication.translate("MainWindow", u"Erase the chosen plan for good: every version, snapshot and history line, also in backups", None))
#endif // QT_CONFIG(tooltip)
        self.actionEmptyBin.setText(QCoreApplication.translate("MainWindow", u"Empty the &bin\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionEmptyBin.setToolTip(QCoreApplication.translate("MainWindow", u"Erase every plan in the bin for good", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionDataFolder.setText(QCoreApplication.translate("MainWindow", u"Choose the &data folder\u2026", None))
        self.actionPolicyPack.setText(QCoreApplication.translate("MainWindow", u"Choose the &policy pack\u2026", None))
        self.actionYourName.setText(QCoreApplication.translate("MainWindow", u"Your &name\u2026", None))
        self.actionUserGuide.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
#if QT_CONFIG(shortcut)
        self.actionUserGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionLogFolder.setText(QCoreApplication.translate("MainWindow", u"Open the &log folder", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CoPlan", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"Search by &name", None))
        self.searchField.setPlaceholderText(QCoreApplication.translate("MainWindow", u"type part of the child's name", None))
        self.stageLabel.setText(QCoreApplication.translate("MainWindow", u"S&tage", None))
        self.showBin.setText(QCoreApplication.translate("MainWindow", u"Show plans in the &bin", None))
#if QT_CONFIG(accessibility)
        self.caseloadView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Caseload", None))
#endif // QT_CONFIG(accessibility)
        self.menuPlan.setTitle(QCoreApplication.translate("MainWindow", u"&Plan", None))
        self.menuSettings.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Plan actions", None))
    # retranslateUi

