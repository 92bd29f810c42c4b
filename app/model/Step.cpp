#include "app/model/Step.h"

#include <QCoreApplication>

namespace gd {

namespace {

// Texts are marked with QT_TRANSLATE_NOOP spelled out: lupdate does not expand macros.
const QList<StepInfo> kSteps{
    {1, QT_TRANSLATE_NOOP("gd::Step", "Is the upstream application running and listening?"),
     QT_TRANSLATE_NOOP("gd::Step", "1. Upstream running?"),
     QT_TRANSLATE_NOOP("gd::Step",
                       "nginx only passes requests on: a 502 most often means the application behind it (the "
                       "upstream) is not running, or listens on another address than the one nginx uses."),
     QT_TRANSLATE_NOOP(
         "gd::Step",
         "Every upstream answers where nginx expects it. Read the error log next: it says what nginx "
         "ran into.")},
    {2, QT_TRANSLATE_NOOP("gd::Step", "What does the nginx error log say?"),
     QT_TRANSLATE_NOOP("gd::Step", "2. Error log"),
     QT_TRANSLATE_NOOP(
         "gd::Step", "nginx writes a line for every failed request, with the upstream and the exact reason. "
                     "Grouped by cause and upstream, these lines usually name the problem outright."),
     QT_TRANSLATE_NOOP(
         "gd::Step",
         "The log shows no upstream failures in the time read. If the site still fails, check whether "
         "nginx can reach the upstream at all.")},
    {3, QT_TRANSLATE_NOOP("gd::Step", "Can nginx reach the upstream?"),
     QT_TRANSLATE_NOOP("gd::Step", "3. Reachable?"),
     QT_TRANSLATE_NOOP("gd::Step",
                       "An application can run and still be out of nginx's reach: name resolution, socket "
                       "permissions, a firewall or SELinux can stand in between."),
     QT_TRANSLATE_NOOP("gd::Step",
                       "Nothing stands between nginx and its upstreams. Check the configuration next.")},
    {4, QT_TRANSLATE_NOOP("gd::Step", "Is the nginx configuration right?"),
     QT_TRANSLATE_NOOP("gd::Step", "4. Configuration"),
     QT_TRANSLATE_NOOP(
         "gd::Step",
         "The configuration decides which server block and location handle the failing URL and where "
         "they send it; nginx -t says whether nginx accepts it at all."),
     QT_TRANSLATE_NOOP("gd::Step", "nginx accepts its configuration and the route looks right.")},
    {5, QT_TRANSLATE_NOOP("gd::Step", "Are the timeouts and buffers right?"),
     QT_TRANSLATE_NOOP("gd::Step", "5. Timeouts, buffers"),
     QT_TRANSLATE_NOOP(
         "gd::Step",
         "A slow application answers after nginx gave up (504), and large response headers overflow "
         "nginx's buffers (502). Here are the values nginx really uses and where each is set."),
     QT_TRANSLATE_NOOP("gd::Step", "The timeouts and buffers fit what the upstream needs.")},
    {6, QT_TRANSLATE_NOOP("gd::Step", "Restart, reload and watch: is everything healthy?"),
     QT_TRANSLATE_NOOP("gd::Step", "6. Restart and watch"),
     QT_TRANSLATE_NOOP(
         "gd::Step",
         "After a fix, the services must run with it: nginx reloaded, the application restarted if "
         "needed, and the site watched until the errors stop."),
     QT_TRANSLATE_NOOP("gd::Step",
                       "nginx and its services are up. Keep an eye on the error log for a while.")},
};

QString text(int number, const char *StepInfo::*field)
{
    if (number < 1 || number > kSteps.size())
        return {};
    return QCoreApplication::translate("gd::Step", kSteps.at(number - 1).*field);
}

} // namespace

const QList<StepInfo> &stepTable()
{
    return kSteps;
}

QString stepTitle(int number)
{
    return text(number, &StepInfo::title);
}

QString stepShortTitle(int number)
{
    return text(number, &StepInfo::shortTitle);
}

QString stepIntro(int number)
{
    return text(number, &StepInfo::intro);
}

QString stepNext(int number)
{
    return text(number, &StepInfo::next);
}

} // namespace gd
