#include "app/model/Step.h"

#include <QCoreApplication>

namespace gd {

namespace {

#define GD_STEP_TEXT(text) QT_TRANSLATE_NOOP("gd::Step", text)

const QList<StepInfo> kSteps{
    {1, GD_STEP_TEXT("Is the upstream application running and listening?"),
     GD_STEP_TEXT("1. Upstream running?"),
     GD_STEP_TEXT("nginx only passes requests on: a 502 most often means the application behind it (the "
                  "upstream) is not running, or listens on another address than the one nginx uses."),
     GD_STEP_TEXT(
         "Every upstream answers where nginx expects it. Read the error log next: it says what nginx "
         "ran into.")},
    {2, GD_STEP_TEXT("What does the nginx error log say?"), GD_STEP_TEXT("2. Error log"),
     GD_STEP_TEXT("nginx writes a line for every failed request, with the upstream and the exact reason. "
                  "Grouped by cause and upstream, these lines usually name the problem outright."),
     GD_STEP_TEXT(
         "The log shows no upstream failures in the time read. If the site still fails, check whether "
         "nginx can reach the upstream at all.")},
    {3, GD_STEP_TEXT("Can nginx reach the upstream?"), GD_STEP_TEXT("3. Reachable?"),
     GD_STEP_TEXT("An application can run and still be out of nginx's reach: name resolution, socket "
                  "permissions, a firewall or SELinux can stand in between."),
     GD_STEP_TEXT("Nothing stands between nginx and its upstreams. Check the configuration next.")},
    {4, GD_STEP_TEXT("Is the nginx configuration right?"), GD_STEP_TEXT("4. Configuration"),
     GD_STEP_TEXT(
         "The configuration decides which server block and location handle the failing URL and where "
         "they send it; nginx -t says whether nginx accepts it at all."),
     GD_STEP_TEXT("nginx accepts its configuration and the route looks right.")},
    {5, GD_STEP_TEXT("Are the timeouts and buffers right?"), GD_STEP_TEXT("5. Timeouts, buffers"),
     GD_STEP_TEXT("A slow application answers after nginx gave up (504), and large response headers overflow "
                  "nginx's buffers (502). Here are the values nginx really uses and where each is set."),
     GD_STEP_TEXT("The timeouts and buffers fit what the upstream needs.")},
    {6, GD_STEP_TEXT("Restart, reload and watch: is everything healthy?"),
     GD_STEP_TEXT("6. Restart and watch"),
     GD_STEP_TEXT("After a fix, the services must run with it: nginx reloaded, the application restarted if "
                  "needed, and the site watched until the errors stop."),
     GD_STEP_TEXT("nginx and its services are up. Keep an eye on the error log for a while.")},
};

#undef GD_STEP_TEXT

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
