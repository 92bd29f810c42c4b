#pragma once

#include "ui/practice/PracticeController.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace gd {

class StatusBadge;

// The start page's "Practice on a lab": the scenarios (title, difficulty, what each
// needs and why it cannot run here, greyed out, the trainee's best result), the mode
// (guided, practice, exam) and an optional seed. Starting goes through the controller,
// off the GUI thread, with its progress shown here.
class ScenarioPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPicker(PracticeController *controller, QWidget *parent = nullptr);

    // Asks for the list once (it runs commands: what this computer has).
    void load();
    bool isLoaded() const { return m_loaded; }
    QString selectedId() const;
    bool selectScenario(const QString &id);
    // "guided", "practice" or "exam".
    void setMode(const QString &mode);
    QString mode() const;
    void setSeed(quint64 seed);
    // Starts the chosen scenario; false (and says why) when none can start.
    bool startSelected();

private:
    QWidget *buildOptions();
    void fill(const QList<ScenarioRow> &rows);
    void showStatus(const QString &text, int tone); // 0 running, 1 ok, 3 error
    void updateModeHelp();

    PracticeController *m_controller;
    QTreeWidget *m_list;
    QComboBox *m_mode;
    QLabel *m_modeHelp;
    QLineEdit *m_seed;
    StatusBadge *m_badge;
    QLabel *m_status;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace gd
