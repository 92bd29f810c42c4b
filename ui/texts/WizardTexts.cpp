#include "ui/texts/WizardTexts.h"
#include "remote/ByteText.h"

#include <QCoreApplication>

#include <cstring>

namespace gd {

namespace {

struct Entry
{
    const char *key;
    const char *source;
};

// QT_TRANSLATE_NOOP marks each text for lupdate; text() translates at run time.
constexpr Entry kTexts[] = {
    // Start page
    {"start.title", QT_TRANSLATE_NOOP("WizardTexts", "Where does nginx answer 502 or 504?")},
    {"start.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Gateway Doctor walks the six steps an experienced admin would take, shows every command it "
         "runs, and explains what it finds. Nothing is changed without asking you first.")},
    {"start.local", QT_TRANSLATE_NOOP("WizardTexts", "This &computer")},
    {"start.ssh", QT_TRANSLATE_NOOP("WizardTexts", "A &server over SSH")},
    {"start.lab", QT_TRANSLATE_NOOP("WizardTexts", "&Practice on a lab")},
    {"start.lab.hint",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "A sandbox nginx on this computer, broken on purpose as the scenario says. Find the cause "
         "with the wizard, fix it, and get a debrief. The system's own nginx is never touched.")},
    {"start.url.hint",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Optional. With the failing address, Gateway Doctor finds the server block and location that "
         "handle it, and tries it through nginx.")},
    {"start.secrets",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Recent servers are remembered without passwords or passphrases. Secrets you type are kept in "
         "memory for this session only.")},
    {"start.ssh.hint",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "A host name, an address or an alias from ~/.ssh/config. User, port and key default to what "
         "your SSH configuration says.")},
    // Host keys
    {"hostkey.unknown.title", QT_TRANSLATE_NOOP("WizardTexts", "Is this really your server?")},
    {"hostkey.unknown.text",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "This computer has never connected to <b>%1</b> before, so it cannot tell yet whether the "
         "server that answered is really yours. Servers prove who they are with a <i>host key</i>; "
         "this one presented the key below.<br><br>Compare the fingerprint with the one your hosting "
         "provider or colleague gives you (on the server: <tt>ssh-keygen -lf "
         "/etc/ssh/ssh_host_ed25519_key.pub</tt>). Trust it only if they match.")},
    {"hostkey.changed.title", QT_TRANSLATE_NOOP("WizardTexts", "Stop: the server's identity has changed")},
    {"hostkey.changed.text",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "The server at <b>%1</b> presented a different host key from the one this computer saw "
         "before. Either the server was reinstalled, or someone is intercepting the connection and "
         "could read every password and command.<br><br>Gateway Doctor will not connect. Ask whoever "
         "runs the server whether its key changed. If it did, remove the old entry with "
         "<tt>ssh-keygen -R %2</tt> and connect again.")},
    // Secrets
    {"secret.passphrase", QT_TRANSLATE_NOOP("WizardTexts", "The key %1 is protected by a passphrase.")},
    {"secret.password", QT_TRANSLATE_NOOP("WizardTexts", "The server %1 asks for the password of %2.")},
    {"secret.sudo",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Some checks read files only root may read (logs, the full nginx configuration). Gateway "
         "Doctor runs them through sudo; sudo on %1 asks for your password.")},
    {"secret.notStored",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "It is kept in memory for this session only and never written to disk.")},
    {"sudo.needed",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Some checks on this page could not run because they need root and sudo wants a password.")},
    // Discovery
    {"discovery.title", QT_TRANSLATE_NOOP("WizardTexts", "What is there")},
    {"discovery.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "First, Gateway Doctor finds nginx, reads its configuration and logs, and looks at what "
         "listens and runs. Every command it runs is shown on the step it belongs to.")},
    // Step pages
    {"step.running", QT_TRANSLATE_NOOP("WizardTexts", "Checking…")},
    {"step.waiting", QT_TRANSLATE_NOOP("WizardTexts", "Not checked yet: connect on the start page first.")},
    {"step.rootCauseHere",
     QT_TRANSLATE_NOOP("WizardTexts", "This step holds the most likely root cause: %1.")},
    {"step.rootCauseElsewhere",
     QT_TRANSLATE_NOOP("WizardTexts", "The most likely root cause is in step %1: %2.")},
    {"step.2.logIntro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "The end of the error log as read. Choose a group to see only its lines; follow shows new "
         "lines as nginx writes them.")},
    {"step.4.blockIntro",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "The server block that handles the failing URL, with the location nginx picks "
                       "marked.")},
    {"step.4.noUrl",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Give the failing URL on the start page to see the server block and location that handle it.")},
    {"step.5.valuesIntro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Effective values where the failing URL (or each upstream) is handled: the innermost block that "
         "sets a directive wins, else nginx's default.")},
    {"step.actions.pending", QT_TRANSLATE_NOOP("WizardTexts", "The actions for this step appear here.")},
    {"phpfpm.advice",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "<b>This upstream is PHP-FPM.</b> Its own limits matter as much as nginx's: "
         "<tt>request_terminate_timeout</tt> in the pool and <tt>max_execution_time</tt> in php.ini must "
         "be at least as long as <tt>fastcgi_read_timeout</tt>, and when every child is busy "
         "(<tt>pm.max_children</tt> reached, see the PHP-FPM log) requests wait and time out. Restart "
         "PHP-FPM after changing its pool file.")},
    // Step 5 and 6 actions (the fixes engine)
    {"apply.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Change the values below and Gateway Doctor writes them into the block nginx uses: you see "
         "the diff first, then it backs the file up, writes it, runs nginx -t, reloads nginx, checks "
         "the URL and puts everything back by itself if any of that fails. Leave a field empty to "
         "keep its current value.")},
    {"apply.recommended",
     QT_TRANSLATE_NOOP("WizardTexts", "Prefilled with the diagnosis's recommendation for this block.")},
    {"apply.guide",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "The diagnosis found no timeout or header problem here; prefilled with the guide's values "
         "(75 s timeouts, 8 16k buffers).")},
    {"apply.confirm",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "This is exactly what will be written. Nothing has changed yet: confirm to back up, write, "
         "test and reload, or cancel.")},
    {"apply.preview",
     QT_TRANSLATE_NOOP("WizardTexts", "Preview only: nothing was written. Apply writes exactly this.")},
    {"apply.applied",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "Applied and confirmed: the change is live and nginx's new workers run it.")},
    {"apply.unchanged",
     QT_TRANSLATE_NOOP("WizardTexts", "Nothing to do: the configuration already has these values.")},
    {"apply.declined", QT_TRANSLATE_NOOP("WizardTexts", "Cancelled: nothing was written.")},
    {"apply.refused", QT_TRANSLATE_NOOP("WizardTexts", "Refused, nothing was written: %1")},
    {"apply.keptNotFixed",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "Kept, as you asked, but the site still fails: %1 The cause is elsewhere: look at the "
                       "other findings.")},
    {"apply.rolledBack",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Rolled back: %1 The files were restored byte-identical, so the configuration nginx runs is "
         "the one from before.")},
    {"apply.failed", QT_TRANSLATE_NOOP("WizardTexts", "Could not finish: %1")},
    {"apply.stale",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "The values on this page are from before the change: check again to see what nginx uses now "
         "(and before another change, which is planned on what the diagnosis read).")},
    {"restart.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Restart the application behind nginx (its systemd unit), wait until it runs again, then "
         "reload nginx: a reload keeps serving while it picks up the configuration.")},
    {"restart.noUnit",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "No systemd unit runs the upstream here. Restart the application the way it was started, "
         "then reload nginx.")},
    {"restart.manual",
     QT_TRANSLATE_NOOP("WizardTexts", "There is no service manager here. Run this on the server yourself:")},
    {"reload.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Test the configuration with nginx -t and reload nginx; the reload counts only when new "
         "workers took over.")},
    {"monitor.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Load the failing URL about once a second for a while and follow the logs: a fix holds when "
         "it ends on a run of answers that are not 502, 503 or 504.")},
    {"monitor.noUrl",
     QT_TRANSLATE_NOOP("WizardTexts", "Give the failing URL on the start page to watch it here.")},
    {"monitor.holds",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "The fix holds: the last %1 answers in a row were not gateway errors.")},
    {"monitor.tooFew",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "No gateway errors, but %1 answers are too few to call it holding (%2 in a row are needed): "
         "watch longer.")},
    {"monitor.notHolding",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "The fix does not hold yet: %1 of %2 answers were gateway errors or no answer. Look at the "
         "log lines below.")},
    {"rollback.intro",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Every change Gateway Doctor makes leaves a backup next to the file. Restoring one goes "
         "through the same steps as a change: the current file is backed up first, then tested, "
         "reloaded and checked.")},
    {"rollback.none", QT_TRANSLATE_NOOP("WizardTexts", "No backups of this configuration's files.")},
    {"phpfpm.raise.intro",
     QT_TRANSLATE_NOOP("WizardTexts", "Memory decides how many PHP-FPM children fit: %1")},
    // A finding's own fix (Apply this fix)
    {"fix.confirmCommands",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "These commands will run, in this order. Nothing runs before you confirm.")},
    {"fix.done", QT_TRANSLATE_NOOP("WizardTexts", "Fixed: the URL answers %1.")},
    {"fix.doneNoUrl",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "Done: every step of the fix ran. No URL was given, so nothing checked that the site "
                       "works now: diagnose again.")},
    {"fix.notFixed",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "Applied, but the URL still answers %1: the cause is elsewhere — the change was "
                       "rolled back.")},
    {"fix.notFixedCommands",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "The steps ran, but the URL still answers %1: the cause is elsewhere.")},
    {"fix.stopped", QT_TRANSLATE_NOOP("WizardTexts", "Stopped: %1")},
    {"fix.nothing",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "There is nothing to carry out here: the fix lives in the application.")},
    {"fix.declined", QT_TRANSLATE_NOOP("WizardTexts", "Cancelled: nothing was written or run.")},
    {"fix.diagnoseAgain",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "The findings above are from before the fix: diagnose again to see where things "
                       "stand now.")},
    // Summary
    {"summary.title", QT_TRANSLATE_NOOP("WizardTexts", "Summary")},
    {"summary.hidden",
     QT_TRANSLATE_NOOP("WizardTexts",
                       "The doctor's findings stay hidden until you name the cause (Name the cause… at the "
                       "top).")},
    {"practice.verdictsHidden",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Practice: the doctor's verdicts are hidden until you name the cause (Name the cause… at the "
         "top). The evidence is all here: the commands, their output, the log and config lines.")},
    {"practice.adviceHidden", QT_TRANSLATE_NOOP("WizardTexts", "Hidden until you name the cause")},
    {"summary.noProblem",
     QT_TRANSLATE_NOOP("WizardTexts", "No problem found: nginx and its upstreams look healthy.")},
    {"summary.changesNone", QT_TRANSLATE_NOOP("WizardTexts", "Nothing was changed on the server.")},
    {"summary.watch",
     QT_TRANSLATE_NOOP(
         "WizardTexts",
         "Watch the error log for a few minutes after a fix (<tt>tail -f</tt> on the log named in step "
         "2) and load the failing page again. If the errors come back under load, look at the "
         "application's own logs and limits: Gateway Doctor sees what nginx sees.")},
    // Connection
    {"connection.lost",
     QT_TRANSLATE_NOOP("WizardTexts", "The connection to %1 was lost. The results on screen are kept.")},
};

} // namespace

QString WizardTexts::text(const char *key)
{
    for (const Entry &e : kTexts) {
        if (std::strcmp(e.key, key) == 0)
            return QCoreApplication::translate("WizardTexts", e.source);
    }
    return latin1Text(key);
}

QString WizardTexts::symptom(const TargetInfo &target)
{
    if (target.url.isEmpty())
        return QString();
    if (target.urlStatus > 0)
        return QCoreApplication::translate("WizardTexts", "nginx answers %1 to %2 now, after %3 s.")
            .arg(target.urlStatus)
            .arg(target.url)
            .arg(target.urlSeconds, 0, 'f', 1);
    if (!target.urlProblem.isEmpty())
        return QCoreApplication::translate("WizardTexts", "nginx gives no answer to %1 now: %2")
            .arg(target.url, target.urlProblem);
    return QString();
}

} // namespace gd
