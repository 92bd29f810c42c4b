#pragma once

#include <QMainWindow>

namespace gd {

// The application window. For now it states what the tool will do and how to
// reach the command line; the six-step wizard pages are built on the diagnosis
// engine (see the issues) and plug in here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace gd
