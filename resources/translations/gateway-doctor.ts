<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>BackupName</name>
    <message>
        <location filename="../../remote/BackupName.cpp" line="+35"/>
        <source>Every backup name next to %1 would be loaded by an include in the nginx configuration, so no backup can be made safely there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenConfigFault</name>
    <message>
        <location filename="../../app/lab/BrokenConfigFault.cpp" line="+27"/>
        <source>%1: the lab has no file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 does not have the line &quot;%3&quot; exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx accepted the broken configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nginx -t passes on the broken configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration on disk is valid (nginx -t)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <location filename="../../app/fixes/ChangeValidator.cpp" line="+64"/>
        <source>a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;;&quot;, which ends a directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;, which opens or closes a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;#&quot;, which starts a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quote (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;$&quot;, which expands a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a parenthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, the larger of %2 %3 (%4) and one of %5 %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raise %1 as well, for example to %2 %3, or set %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not set, so nginx uses twice %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5, but that maximum is %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be less than the size of all &quot;%3&quot; minus one buffer. It is %4, but %3 %5 (%6) leave only %7 × %8 = %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5 (%6), but that maximum is %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to zero to disable temporary files usage or must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5 (%6), but that maximum is %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nginx would refuse this%1: there must be at least 2 &quot;%2&quot; (%3 is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is to be changed twice; give it one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+19"/>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be 0: nginx would give up on the upstream at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is longer than a day, which no gateway fix needs. Use at most 24h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(In nginx, M means months; minutes are m.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is larger than %3, far more than any response needs. Use at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes two values, how many buffers and how large each is, like 8 16k. &quot;%2&quot; is not that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the buffer size cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: one buffer of %2 is larger than %3, far more than any response needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 asks for %3 per request; use at most %4 buffers and %5 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gateway Doctor only changes upstream timeouts and buffers, and &quot;%1&quot; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value for %1 contains %2. Type only the value itself, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown kind of value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source> in %1 (%2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+14"/>
        <source>Log what is done, step by step, on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigEditPlanner</name>
    <message>
        <location filename="../../app/fixes/ConfigEditPlanner.cpp" line="+44"/>
        <source>The value &quot;%1&quot; for %2 has not been through the validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is to be changed twice; give it one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+191"/>
        <source>%1 has changed since the configuration was read: line %2 no longer has %3. Run the diagnosis again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 has changed since the configuration was read: line %2 now sets %3, which Gateway Doctor was about to add. Run the diagnosis again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Gateway Doctor could not work out a safe edit of %1 (%2). Please change it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the result does not parse as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not land in the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other directives would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The configuration has no http {} block to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Upstream timeouts and buffers can only be set in http {}, a server {} or a location {} of it, not in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>None of the changes goes into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefHtml</name>
    <message>
        <location filename="../../app/lab/DebriefHtml.cpp" line="+28"/>
        <location line="+1"/>
        <source>Practice debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (difficulty %2, par %3 min, seed %4, %5 mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cause named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site broken for %1 while you worked; %2 nginx reload(s), %3 refused%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nginx was restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your path and the doctor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The doctor&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The doctor did not run on this lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no gateway fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an experienced admin would have done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefMarkdown</name>
    <message>
        <location filename="../../app/lab/DebriefMarkdown.cpp" line="+13"/>
        <source># Practice debrief: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Scenario: `%1` (difficulty %2, par %3 min, seed %4, %5 mode)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- Lab: %1, started %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Outcome: **%1**; score **%2**
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Cause named: %1; expected `%2`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Hints used: %1; checks: %2 (%3 failed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Site broken while you worked: %1; nginx reloads: %2 (%3 refused)%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nginx was restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>## The ticket

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Score

| | points |
|---|---:|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>| **total** | **%1** |

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Safe habits

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
## Your path

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>
## The doctor&apos;s path

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor did not run on this lab.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. **%2**: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
The doctor&apos;s verdict: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no gateway fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
## What happened

%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## What an experienced admin would have done

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2
   - Look: %3
   - Answer: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
The reference fix:

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefPdf</name>
    <message>
        <location filename="../../ui/report/DebriefPdf.cpp" line="+14"/>
        <source>Practice debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefText</name>
    <message>
        <location filename="../../app/lab/DebriefText.cpp" line="+10"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed with the reference fix (practice solve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no cause named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (wrong: it was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (right, before the first change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (right, after changing things)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsLookup</name>
    <message>
        <location filename="../../app/probes/DnsLookup.cpp" line="+56"/>
        <source>getent failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsQuery</name>
    <message>
        <location filename="../../app/probes/DnsQuery.cpp" line="+108"/>
        <source>%1 answers: %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers that %2 does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers, but has no IPv4 address for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers %2 for %3: it will not resolve that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not answer: nothing listens there (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not answer: no reply within a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCycle</name>
    <message>
        <location filename="../../app/fixes/EditCycle.cpp" line="+34"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arm the automatic rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disarm the automatic rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditFault</name>
    <message>
        <location filename="../../app/lab/EditFault.cpp" line="+30"/>
        <source>%1: the lab has no file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 does not have the line &quot;%3&quot; exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not contain the injected change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 in %2 is at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set: the default %1 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set, and the default %1 is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: &quot;%3&quot; is not a value I can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: %3 %4 is still below %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the change in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either side may be fixed; the URL check decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the injected change in %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2 still says &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <location filename="../../app/config/EffectiveSetting.h" line="+23"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FastCgiProbe</name>
    <message>
        <location filename="../../app/probes/FastCgiProbe.cpp" line="+156"/>
        <source>FastCGI reply: Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FastCGI reply: Status %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no FastCGI reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed the connection without a FastCGI reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answered in HTTP, not FastCGI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered, but not in FastCGI (first bytes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepts connections (no Perl there to speak FastCGI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Perl on that host to connect to a unix socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <location filename="../../remote/FileAccess.cpp" line="+110"/>
        <location line="+34"/>
        <location line="+14"/>
        <location line="+94"/>
        <source>Unexpected output from stat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not connected to the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was changed by someone else since Gateway Doctor read it. Nothing was written; reload the file and review the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on a read-only file system; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied for %1: this needs root privileges (sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup with that name already exists next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not access %1 (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is larger than %2 MiB; only its end can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallFault</name>
    <message>
        <location filename="../../app/lab/FirewallFault.cpp" line="+33"/>
        <source>nft %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a lab table name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the firewall rule is not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no firewall rule blocks port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lab&apos;s firewall chain is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an accept rule comes first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nft still has: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallState</name>
    <message>
        <location filename="../../app/probes/FirewallState.cpp" line="+32"/>
        <source>%1 could not read the firewall rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixApplier</name>
    <message>
        <location filename="../../app/lab/FixApplier.cpp" line="+45"/>
        <source>the lab has no service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chmod outside the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a command the lab runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown service command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a file of the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 no longer has the line &quot;%2&quot; exactly once (changed by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nginx -t fails after the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx reloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixContext</name>
    <message>
        <location filename="../../app/fixes/FixContext.cpp" line="+32"/>
        <source>The nginx configuration could not be read, so there is nothing to edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&quot;%1&quot; is not a URL (http://host/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server block of this nginx answers %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--location takes FILE:LINE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No location, server or http block at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>http {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixSession</name>
    <message>
        <location filename="../../app/cli/FixSession.cpp" line="+21"/>
        <source>Apply without asking (the diff is still printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diff and stop: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after which the server restores the backup by itself unless the change was confirmed (default 120 over SSH, 0 = off on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the change even when the URL still answers 502/504 after it (by default such a change is undone: it did not fix the site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking at %1 first ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the fix runs on %1, and logging in there failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fix runs on the upstream&apos;s host %1: name it with --upstream-host %1=[user@]host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Apply this change? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: confirm with --yes (or run on a terminal to be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done: the change is live and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL answered %1 (before: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: the configuration already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled back: %1 The files were restored byte-identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(To keep a change that does not fix the URL, add --keep-if-unchanged.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostAddresses</name>
    <message>
        <location filename="../../app/probes/HostAddresses.cpp" line="+44"/>
        <source>ip addr failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <location filename="../../app/probes/HttpProbe.cpp" line="+203"/>
        <source>the URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control characters in the socket path or Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeouts must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <location filename="../../app/lab/LabHost.cpp" line="+65"/>
        <source>needs root (it changes the firewall or runs services as another user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs php-fpm (Debian: apt-get install php-fpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs gunicorn (Debian: apt-get install gunicorn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs nftables (Debian: apt-get install nftables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs root to add a firewall rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs IPv6 on the loopback interface (::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs SELinux in enforcing mode; this machine has no SELinux (/sys/fs/selinux is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs SELinux in enforcing mode; it is %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not look at the lab host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lab host has no %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install Gateway Doctor on it (the lab&apos;s programs come with it), or name their directory with --lab-helpers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debian: apt-get install nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debian: apt-get install curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>The lab host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unexpected answer from the lab&apos;s helper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabRuntime</name>
    <message>
        <location filename="../../app/lab/LabRuntime.cpp" line="+24"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended right after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not say &quot;%2&quot; within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+19"/>
        <source>The lab has no service called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>nginx is not running: there is nothing to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx refused the new configuration and keeps the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx did not confirm the reload within 5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListeningSockets</name>
    <message>
        <location filename="../../app/probes/ListeningSockets.cpp" line="+292"/>
        <location line="+44"/>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationMatcher</name>
    <message>
        <location filename="../../app/config/LocationMatcher.cpp" line="+178"/>
        <source>&quot;%1&quot; is not a URL with a host, like http://example.org/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No server block listens on port %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server_name &quot;%1&quot; matches the host exactly (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wildcard server_name &quot;%1&quot; matches the host (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The regular expression server_name &quot;%1&quot; matches the host (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server_name matches &quot;%1&quot;: the default_server for %2 answers (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No server_name matches &quot;%1&quot;: the first server listening on %2 answers (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The exact location &quot;= %1&quot; matches (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest matching prefix is &quot;^~ %1&quot;, which skips the regular expressions (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest matching prefix is &quot;%1&quot; and no regular expression location matches (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first matching regular expression is &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No location in this server matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaxChildrenAdvice</name>
    <message>
        <location filename="../../app/checks/MaxChildrenAdvice.cpp" line="+12"/>
        <source>under 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pool&apos;s %1 running children use %2 together, about %3 each. With %4 available, the pool can safely use %5 (%6% of what is available plus what it already uses), room for about %7 children of that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pm.max_children is %1: when the pool is busy, %1 children would need about %2, more than is safe. Lower it to %3, so that a burst of requests waits in the queue instead of pushing the server into swap or the out-of-memory killer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memory is almost exhausted even for one child: look at what else uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pm.max_children is already %1: memory leaves no room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise pm.max_children from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory would allow %1, but more than %2 times the current value in one step is better reached in stages, watching CPU load as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>listen.backlog is %1: while every child is busy, the kernel queues only about %2 more connection(s) for the pool and turns the rest away (on a unix socket at once: nginx logs &quot;11: Resource temporarily unavailable&quot; and answers 502), however many children there are. Raise it to %3 so that a burst waits for a free child instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxConfig</name>
    <message>
        <location filename="../../app/config/NginxConfig.cpp" line="+66"/>
        <source>The included file %1 is not part of the configuration we read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The configuration expands to more than %1 directives here (files including each other?); the rest is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Includes are nested more than %1 levels deep here; the rest is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Include cycle: %1 is included again while it is being read; nginx cannot load this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The output of nginx -T contains no configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxDuration</name>
    <message>
        <location filename="../../app/config/NginxDuration.cpp" line="+83"/>
        <source>&quot;%1&quot; is not a valid nginx time. Use a number with a unit, like 60s, 2m, 1h30m or 500ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxRuntime</name>
    <message>
        <location filename="../../app/facts/NginxRuntime.cpp" line="+39"/>
        <source>nginx was not found on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxSize</name>
    <message>
        <location filename="../../app/config/NginxSize.cpp" line="+21"/>
        <source>&quot;%1&quot; is not a valid nginx size. Use a number of bytes, optionally with k, m or g, like 16k or 1m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a valid number of buffers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NginxTokenizer</name>
    <message>
        <location filename="../../app/config/NginxTokenizer.cpp" line="+167"/>
        <source>The Lua block that starts here is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unexpected &quot;%1&quot; right after a quoted string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unexpected &quot;%1&quot; without a directive name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The directive &quot;%1&quot; is not terminated by &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected &quot;}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A quoted string is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directive &quot;%1&quot; is not terminated by &quot;;&quot; before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The block &quot;%1&quot; that starts here is not closed before the end of the file (missing &quot;}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldLogLinesFault</name>
    <message>
        <location filename="../../app/lab/OldLogLinesFault.cpp" line="+40"/>
        <source>old lines from another site in the error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a red herring: nothing to fix there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathModeFault</name>
    <message>
        <location filename="../../app/lab/PathModeFault.cpp" line="+29"/>
        <source>%1: the lab has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not have the mode it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nginx&apos;s workers (%1) may pass %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mode %1, owner uid %2, group gid %3: %4 may not %5 it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhpFpmPoolConfig</name>
    <message>
        <location filename="../../app/config/PhpFpmPoolConfig.cpp" line="+64"/>
        <source>A section header without &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A line that is neither a section nor &quot;key = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhpFpmPoolEdit</name>
    <message>
        <location filename="../../app/fixes/PhpFpmPoolEdit.cpp" line="+93"/>
        <source>php-fpm would refuse this: pm.min_spare_servers(%1) and pm.max_spare_servers(%2) cannot be greater than pm.max_children(%3). Lower the spare servers first, or keep pm.max_children at %4 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>pm.max_children must be between 1 and %1; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listen.backlog must be between 1 and %1; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no [%2] pool section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gateway Doctor could not work out a safe edit of %1. Please set pm.max_children = %2 in [%3] by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhpFpmStatusProbe</name>
    <message>
        <location filename="../../app/probes/PhpFpmStatusProbe.cpp" line="+35"/>
        <source>the status page did not answer in time: its request waited behind busy children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not ask the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pool answered %1 to its status path%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the page at the status path is not PHP-FPM&apos;s status page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolLiveStatus</name>
    <message>
        <location filename="../../app/checks/PoolLiveStatus.cpp" line="+8"/>
        <source>active %1 of pm.max_children %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>, idle %1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, listen queue %1 (most %2, backlog %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, listen queue not reported (unix socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, max children reached once since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, max children reached %1 times since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, slow requests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Its status page did not answer within a few seconds: the request waited behind busy children, as nginx&apos;s do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its status page now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To see the pool&apos;s load live (active children, the queue, how often it hit pm.max_children), give it a status page: add `%1` to [%2] in %3 and reload php-fpm. To read it in a browser from this machine only: `location = /fpm-status { allow 127.0.0.1; allow ::1; deny all; include fastcgi_params; fastcgi_param SCRIPT_NAME /fpm-status; fastcgi_param SCRIPT_FILENAME /fpm-status; fastcgi_pass %4; }` in the server block, then nginx -t and a reload. Until then the only record is php-fpm&apos;s log line &quot;server reached pm.max_children&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolRemedy</name>
    <message>
        <location filename="../../app/checks/PoolRemedy.cpp" line="+62"/>
        <source>There is no memory figure for pool %1&apos;s children (none is running, or ps could not be read), so pm.max_children stays %2 here; `gateway-doctor fix max-children --pool %1` measures it when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pm.max_children %1 -&gt; %2 for pool %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen.backlog %1 -&gt; %2 for pool %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>php-fpm&apos;s own test of the changed pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restart %1: a reload keeps the listening socket and its old backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reload %1, so the pool may start its new children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>php-fpm&apos;s graceful reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then restart this php-fpm (master pid %1) the way it was started: a reload keeps the listening socket and its old backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then test the pool with php-fpm -t and restart php-fpm: no running master of this pool was found to do it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raise pool %1&apos;s pm.max_children from %2 to %3 and its listen.backlog to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise pool %1&apos;s pm.max_children from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise pool %1&apos;s listen.backlog to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <location filename="../../app/lab/PracticeSession.cpp" line="+146"/>
        <source>Not connected to the lab host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not marked as a practice lab. Practice breaks things on purpose, so over SSH it only runs on a host where an admin created %2 (see the README: sudo mkdir -p /etc/gateway-doctor &amp;&amp; echo lab | sudo tee %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The mode is guided, practice or exam, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <location line="+538"/>
        <source>open() first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-763"/>
        <source>There is no scenario &quot;%1&quot; (gateway-doctor practice list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A practice lab already runs in %1: finish it with gateway-doctor practice stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove an earlier lab in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown fault in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lab&apos;s supervisor did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaning up after a failed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the URL answered %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the log %1 has no line with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fault did not break the lab as designed, so it was undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the lab started; the URL answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No practice lab runs in %1 (gateway-doctor practice start ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the running lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown fault in the running lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>made a backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No hints in an exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hint %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The lab has ended (%1): gateway-doctor practice stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answers %2 with the app&apos;s own page, %3 times in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probe %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>probe %1 of %2: 200, but not the app&apos;s page (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx -t passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing was deleted to hide the symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cause was named (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name it: gateway-doctor practice answer CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checked: fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checked: not yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>applied the reference fix (practice solve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a cause code (or &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>named the cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named the cause: %1, from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lab has no service %1 (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>service takes start, stop, restart or reload, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>nginx -t before every reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>you did not reload nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>nginx accepted all %n reload(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>nginx refused %n reload(s): nginx -t would have said why first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>reload rather than restart nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>nginx was not running when you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was restarted: a reload keeps serving while it switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a backup before editing a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no config file was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>only the files the fix needs were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not end the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeError</name>
    <message>
        <location filename="../../app/probes/ListeningSockets.cpp" line="-241"/>
        <source>ss failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/probes/ProbeError.cpp" line="+32"/>
        <source>%1 printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output of %1 is not text; it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output of %1 has an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not installed on that machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs root privileges (sudo) to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused to build the command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTable</name>
    <message>
        <location filename="../../app/probes/ProcessTable.cpp" line="+94"/>
        <source>ps failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <location filename="../../remote/SshChannel.cpp" line="+13"/>
        <source>Could not open an SSH channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server refused to open a command channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused to run the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The command was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server ended the command without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../remote/SshRunnerPool.cpp" line="+161"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChanges</name>
    <message>
        <location filename="../../ui/report/ReportChanges.cpp" line="+21"/>
        <source>## What was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>File: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>The URL answered %1 before and %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Backup: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../../app/report/ReportHtml.cpp" line="+62"/>
        <location line="+2"/>
        <source>Gateway Doctor report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Follows from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../ui/report/ReportChanges.cpp" line="+23"/>
        <source>The six steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>exit %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMarkdown</name>
    <message>
        <location filename="../../app/report/ReportMarkdown.cpp" line="+13"/>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What matters: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source># Gateway Doctor report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- nginx: %1 (`%2`), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Configuration: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Failing URL: &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Diagnosed: %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follows from `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**What to do:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportChanges.cpp" line="-12"/>
        <source>## The six steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exit %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="+20"/>
        <source>Gateway Doctor report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolvConf</name>
    <message>
        <location filename="../../app/probes/ResolvConf.cpp" line="+22"/>
        <source>%1 could not be read (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteLookup</name>
    <message>
        <location filename="../../app/probes/RouteLookup.cpp" line="+30"/>
        <source>ip route get failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelinuxFault</name>
    <message>
        <location filename="../../app/lab/SelinuxFault.cpp" line="+24"/>
        <source>getsebool does not know %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>setsebool failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is not off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SELinux lets nginx connect to the network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>getsebool did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelinuxState</name>
    <message>
        <location filename="../../app/probes/SelinuxState.cpp" line="+72"/>
        <source>getsebool failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFault</name>
    <message>
        <location filename="../../app/lab/ServiceFault.cpp" line="+23"/>
        <source>%1 still runs after it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ended (exit status %1); start it again: gateway-doctor practice service start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <location filename="../../remote/ShellQuote.cpp" line="+44"/>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An argument contains a line break; it was refused so that it cannot end the command early on the remote shell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnector</name>
    <message>
        <location filename="../../remote/SshConnector.cpp" line="+57"/>
        <source>Could not create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not turn off reading the SSH configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the SSH configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not turn on strict host key checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not set the connection timeout to %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not disable Nagle&apos;s algorithm (TCP_NODELAY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The known_hosts path %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The global known_hosts path %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server name &quot;%1&quot; could not be found (DNS). Check the spelling, or use an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection: no SSH server is listening there. Check the port and that sshd is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be reached from this computer (no route). Check the address and your network or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer within %2 seconds. A firewall may be dropping the connection, or the server is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>WARNING: the identity (host key) of %1 has CHANGED since it was saved in %2. Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled. Gateway Doctor will not connect. If you know why the key changed, remove the old key with &quot;ssh-keygen -R %3&quot; and connect again. New key: %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the known_hosts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute the host key fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is the first connection to %1: its identity cannot be verified yet. Its host key fingerprint is %2 (%3). Compare it with the one your server administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The connection was lost during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key %1 is protected by a passphrase. Enter it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase for the key %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks for the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your SSH key is protected by a passphrase. Enter it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the password for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the key %2 for user %3. Check that its public key is in ~%3/.ssh/authorized_keys on the server%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, or log in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not accept any of your SSH keys for user %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIcon</name>
    <message>
        <location filename="../../ui/widgets/StatusIcon.cpp" line="+46"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SudoPrompt</name>
    <message>
        <location filename="../../remote/SudoPrompt.cpp" line="+106"/>
        <source>This step needs root privileges, but sudo is not installed on the machine. Run Gateway Doctor as root, or install and configure sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sudo did not run the command (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sudo on this machine is configured with &quot;requiretty&quot;, so it refuses to run commands from a program. Ask an administrator to remove &quot;Defaults requiretty&quot; for your user (visudo), or connect as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your user is not allowed to use sudo on this machine, and this step needs root privileges. Connect as a user with sudo rights, or as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sudo password was not accepted. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step needs root privileges: enter your sudo password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdUnitState</name>
    <message>
        <location filename="../../app/probes/SystemdUnitState.cpp" line="+76"/>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dumped core (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dumped core (signal %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>systemd is not running on that machine (typical for containers); services are checked through their processes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>systemctl failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../../app/cli/TargetOptions.cpp" line="+15"/>
        <source>Diagnose a server over SSH instead of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH private key file to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust and save the server&apos;s host key on the first connection (never a changed key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the sudo password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the nginx binary (default: found in PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow an upstream on another host there over SSH and run step 1 on it (repeatable): ADDR is the upstream address in nginx&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH private key file for the upstream hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known_hosts file for the upstream hosts (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main nginx configuration file (default: nginx -V&apos;s conf path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--upstream-host takes ADDR=[user@]host[:port], such as 10.0.0.5=deploy@app1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--upstream-identity and --upstream-known-hosts only make sense with --upstream-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--identity only makes sense with --ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an absolute path (it is a path on the target machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the sudo password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../../app/report/TranscriptText.cpp" line="+13"/>
        <source>[… %1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source># could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source># exit %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source># stderr:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../ui/texts/WizardTexts.cpp" line="+21"/>
        <source>Where does nginx answer 502 or 504?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway Doctor walks the six steps an experienced admin would take, shows every command it runs, and explains what it finds. Nothing is changed without asking you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;server over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice on a lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sandbox nginx on this computer, broken on purpose as the scenario says. Find the cause with the wizard, fix it, and get a debrief. The system&apos;s own nginx is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional. With the failing address, Gateway Doctor finds the server block and location that handle it, and tries it through nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent servers are remembered without passwords or passphrases. Secrets you type are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A host name, an address or an alias from ~/.ssh/config. User, port and key default to what your SSH configuration says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is this really your server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has never connected to &lt;b&gt;%1&lt;/b&gt; before, so it cannot tell yet whether the server that answered is really yours. Servers prove who they are with a &lt;i&gt;host key&lt;/i&gt;; this one presented the key below.&lt;br&gt;&lt;br&gt;Compare the fingerprint with the one your hosting provider or colleague gives you (on the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;). Trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop: the server&apos;s identity has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; presented a different host key from the one this computer saw before. Either the server was reinstalled, or someone is intercepting the connection and could read every password and command.&lt;br&gt;&lt;br&gt;Gateway Doctor will not connect. Ask whoever runs the server whether its key changed. If it did, remove the old entry with &lt;tt&gt;ssh-keygen -R %2&lt;/tt&gt; and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks read files only root may read (logs, the full nginx configuration). Gateway Doctor runs them through sudo; sudo on %1 asks for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is kept in memory for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some checks on this page could not run because they need root and sudo wants a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, Gateway Doctor finds nginx, reads its configuration and logs, and looks at what listens and runs. Every command it runs is shown on the step it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet: connect on the start page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step holds the most likely root cause: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely root cause is in step %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the error log as read. Choose a group to see only its lines; follow shows new lines as nginx writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server block that handles the failing URL, with the location nginx picks marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the failing URL on the start page to see the server block and location that handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective values where the failing URL (or each upstream) is handled: the innermost block that sets a directive wins, else nginx&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The actions for this step appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;This upstream is PHP-FPM.&lt;/b&gt; Its own limits matter as much as nginx&apos;s: &lt;tt&gt;request_terminate_timeout&lt;/tt&gt; in the pool and &lt;tt&gt;max_execution_time&lt;/tt&gt; in php.ini must be at least as long as &lt;tt&gt;fastcgi_read_timeout&lt;/tt&gt;, and when every child is busy (&lt;tt&gt;pm.max_children&lt;/tt&gt; reached, see the PHP-FPM log) requests wait and time out. Restart PHP-FPM after changing its pool file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the values below and Gateway Doctor writes them into the block nginx uses: you see the diff first, then it backs the file up, writes it, runs nginx -t, reloads nginx, checks the URL and puts everything back by itself if any of that fails. Leave a field empty to keep its current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefilled with the diagnosis&apos;s recommendation for this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnosis found no timeout or header problem here; prefilled with the guide&apos;s values (75 s timeouts, 8 16k buffers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is exactly what will be written. Nothing has changed yet: confirm to back up, write, test and reload, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview only: nothing was written. Apply writes exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied and confirmed: the change is live and nginx&apos;s new workers run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do: the configuration already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept, as you asked, but the site still fails: %1 The cause is elsewhere: look at the other findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolled back: %1 The files were restored byte-identical, so the configuration nginx runs is the one from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values on this page are from before the change: check again to see what nginx uses now (and before another change, which is planned on what the diagnosis read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the application behind nginx (its systemd unit), wait until it runs again, then reload nginx: a reload keeps serving while it picks up the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No systemd unit runs the upstream here. Restart the application the way it was started, then reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no service manager here. Run this on the server yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the configuration with nginx -t and reload nginx; the reload counts only when new workers took over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load the failing URL about once a second for a while and follow the logs: a fix holds when it ends on a run of answers that are not 502, 503 or 504.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the failing URL on the start page to watch it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fix holds: the last %1 answers in a row were not gateway errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gateway errors, but %1 answers are too few to call it holding (%2 in a row are needed): watch longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fix does not hold yet: %1 of %2 answers were gateway errors or no answer. Look at the log lines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change Gateway Doctor makes leaves a backup next to the file. Restoring one goes through the same steps as a change: the current file is backed up first, then tested, reloaded and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backups of this configuration&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory decides how many PHP-FPM children fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These commands will run, in this order. Nothing runs before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed: the URL answers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: every step of the fix ran. No URL was given, so nothing checked that the site works now: diagnose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied, but the URL still answers %1: the cause is elsewhere — the change was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps ran, but the URL still answers %1: the cause is elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to carry out here: the fix lives in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: nothing was written or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The findings above are from before the fix: diagnose again to see where things stand now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor&apos;s findings stay hidden until you name the cause (Name the cause… at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice: the doctor&apos;s verdicts are hidden until you name the cause (Name the cause… at the top). The evidence is all here: the commands, their output, the log and config lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden until you name the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the error log for a few minutes after a fix (&lt;tt&gt;tail -f&lt;/tt&gt; on the log named in step 2) and load the failing page again. If the errors come back under load, look at the application&apos;s own logs and limits: Gateway Doctor sees what nginx sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 was lost. The results on screen are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx answers %1 to %2 now, after %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx gives no answer to %1 now: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ActionPlan</name>
    <message>
        <location filename="../../app/fixes/ActionPlan.cpp" line="+72"/>
        <source>There is nothing to carry out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The actions ran, but %1 still answers %2: the cause is elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AppLogLocation</name>
    <message>
        <location filename="../../app/facts/AppLogLocation.cpp" line="+25"/>
        <source>the file its own setting names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file its stderr goes to (/proc/%1/fd/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its unit&apos;s journal (journalctl -u %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file its stdout goes to (/proc/%1/fd/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its stderr could not be seen (/proc/%1/fd/2 needs root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stderr goes to %1, which cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send its errors to a file (redirect its stderr) or run it as a systemd service, whose journal keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a log: %1, or run it as a systemd service, whose journal keeps what it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/facts/ParsedFacts.cpp" line="+419"/>
        <source>PHP-FPM&apos;s error_log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AppServerSettings</name>
    <message>
        <location filename="../../app/checks/AppTimeline.cpp" line="+243"/>
        <location filename="../../app/probes/AppServerSettings.cpp" line="+11"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/probes/AppServerSettings.cpp" line="+1"/>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AppTimeline</name>
    <message>
        <location filename="../../app/checks/AppTimeline.cpp" line="-134"/>
        <source>%1 log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not set: %1 s is its built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>set at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>set in its environment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set on its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s %2 (%3 s, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>nginx lost the connection to %1 %n time(s) (last at %2); %3&apos;s own log at %4: &quot;%5&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>then restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then restart it (systemctl restart %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then restart %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then restart it (systemctl restart %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PHP-FPM pool %1&apos;s request_terminate_timeout (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PHP-FPM&apos;s request_terminate_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, the ExecStart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s own request time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the request itself: it ran longer than %2, so %1 killed the worker and nginx saw the connection close and answered 502. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx would have waited longer (%1): its timeout is not the one that fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the slow request is legitimate, raise %1&apos;s %2 (%3) above the time it needs, and keep it below nginx&apos;s %4 so that nginx&apos;s limit and the app&apos;s agree; otherwise make the request faster. Raising nginx&apos;s timeout alone changes nothing. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its command line or in its config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The kernel killed %1&apos;s worker (pid %2) for lack of memory while it served the request. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the machine more memory or let %1 use less (fewer workers, smaller requests); %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s worker crashed with a segmentation fault (SIGSEGV) while it served the request: a bug in the app, an extension or a library. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s worker (pid %2) was killed by %3 while it served the request: by its master for time, by the kernel for memory, or by someone. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the request that crashes it (the time and request above) and fix the code or extension behind it; a core dump (coredumpctl) shows where. %1 restarts workers by itself, so other requests still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at what killed it at that time (journalctl -k for the kernel&apos;s OOM killer, the app&apos;s limits); %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed on the request with an uncaught error (%2) and dropped the connection. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the error in the application (the traceback is in its log at %1); %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApplyFlow</name>
    <message>
        <location filename="../../ui/actions/ApplyFlow.cpp" line="+24"/>
        <source>C&amp;onfirm and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change as a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up, write, test, reload and check the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Running &lt;tt&gt;%1&lt;/tt&gt;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not needed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The URL answered &lt;b&gt;%1&lt;/b&gt; before and &lt;b&gt;%2&lt;/b&gt; after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL answered &lt;b&gt;%1&lt;/b&gt; before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had already restored the backup by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The change now in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change that was planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n command(s) ran after the edit; their output is below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n command(s) ran; their output is below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::BackupCatalog</name>
    <message>
        <location filename="../../app/fixes/BackupCatalog.cpp" line="+83"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not list the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Cause</name>
    <message>
        <location filename="../../app/model/Cause.cpp" line="+21"/>
        <source>The upstream application is not running or not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing accepts connections where nginx sends requests, so every request fails at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application behind %1 and keep it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx points at the wrong upstream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application runs, but on another port, address or socket than the one in nginx&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the address in the nginx config match where the app listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx may not use the upstream&apos;s unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s worker user lacks the permission to open the socket file or a directory above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let nginx&apos;s worker user use the socket: set listen.owner/listen.group/listen.mode (0660) in the PHP-FPM pool, or the app&apos;s socket permissions, so that the worker&apos;s group may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A firewall blocks the way to the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A firewall rule rejects (502) or silently drops (504) nginx&apos;s connections to the upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow traffic from nginx to %1 in the firewall (or the cloud security group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux stops nginx from connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELinux&apos;s policy forbids the web server to open network connections to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow nginx to connect to the network: setsebool -P httpd_can_network_connect 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream&apos;s name cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx cannot turn the upstream&apos;s host name into an address, so it has nowhere to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the upstream name resolvable from the server, or add a `resolver` for variable proxy_pass targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upstream answers too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application took longer to answer than nginx (or the app server itself) waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the app answer faster, or raise the read timeout for this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream drops or crashes on requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application closed or reset the connection before it answered: it crashed, was killed, or hit its own time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at the app&apos;s own log for crashes, worker timeouts or memory kills at the same times, then restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server runs out of a resource (memory, files, ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine or a process ran out of memory, file descriptors or local ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free the exhausted resource: memory (OOM kills), open files (worker_rlimit_nofile) or ports (upstream keepalive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PHP-FPM has no free worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every PHP-FPM worker is busy and the pool&apos;s listen queue is full, so new connections are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise pm.max_children of the PHP-FPM pool if memory allows, or make requests faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream&apos;s response header is too big for nginx&apos;s buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s response headers (often cookies) do not fit in nginx&apos;s header buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise the buffer size for response headers for this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS between nginx and the upstream fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx and the upstream cannot agree on TLS: https:// to a plain port, a missing SNI name, or a certificate nginx does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix TLS towards the upstream: http:// vs https://, proxy_ssl_server_name on, or the certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx and the upstream speak different protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upstream&apos;s answer is not what nginx&apos;s pass directive expects (HTTP versus FastCGI, uwsgi or gRPC), or it is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pass directive that matches the upstream&apos;s protocol: proxy_pass for HTTP servers, fastcgi_pass for PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every server of the upstream group is marked failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx stopped trying the group&apos;s servers for a while because each of them failed: a consequence of another cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix why the servers of %1 fail (the findings above); nginx marks them live again after fail_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The nginx configuration is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx -t rejects the configuration: a reload keeps the old one, a restart leaves nginx down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the configuration until nginx -t passes, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No nginx master process runs, so nothing answers on the site&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start nginx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CauseAnswerDialog</name>
    <message>
        <location filename="../../ui/practice/CauseAnswerDialog.cpp" line="+21"/>
        <source>Name the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What breaks the site, and which line of evidence tells you? The doctor&apos;s verdicts open once you have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: the site has no gateway fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a line from the error log (step 2), or type what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ChangeCard</name>
    <message>
        <location filename="../../ui/widgets/ChangeCard.cpp" line="+44"/>
        <source>File: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL answered %1 before and %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diff of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Check</name>
    <message>
        <location filename="../../app/checks/ConfigChecks.cpp" line="+464"/>
        <source>nginx accepts its configuration (nginx -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx runs the configuration files as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole configuration was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each pass directive speaks the listener&apos;s protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server block and location that handle the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checks/ErrorLogChecks.cpp" line="+568"/>
        <source>Read the end of each error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error logs that are not files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream errors, grouped by cause and upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app server&apos;s own log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checks/HealthChecks.cpp" line="+474"/>
        <source>nginx is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services behind the upstreams stay up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services&apos; journals show no crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No out-of-memory kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM has free workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checks/ReachabilityChecks.cpp" line="+457"/>
        <source>A connection to each upstream gets through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream host names resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolver that answers, for upstreams named at request time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx&apos;s worker may use each unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local firewall lets nginx through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upstream on another host: route, port, and whether the host is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELinux lets nginx connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checks/TimeoutChecks.cpp" line="+553"/>
        <source>Effective timeouts and buffers, and what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idle upstream connections: nginx lets them go before the app does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checks/UpstreamChecks.cpp" line="+522"/>
        <source>Something listens where nginx connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service that owns the upstream&apos;s socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app server behind the upstream: its limits and its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upstream answers a direct request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CheckCard</name>
    <message>
        <location filename="../../ui/widgets/CheckCard.cpp" line="+69"/>
        <source>Commands run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="+107"/>
        <source>Gateway Doctor: find out why nginx answers 502 Bad Gateway / 504 Gateway Timeout, on this computer or a server over SSH, and fix it safely.

Without arguments the guided wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (each has --help); without a command the wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CommandJob</name>
    <message>
        <location filename="../../remote/CommandJob.cpp" line="+62"/>
        <location line="+44"/>
        <source>Not connected to the machine. Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not a program name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a valid environment variable name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The program &quot;%1&quot; is not installed (or not in PATH) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program &quot;%1&quot; exists but could not be executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The command did not finish within %1 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command printed more than %1 MiB of errors and was stopped; the first %1 MiB are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command printed more than %1 MiB and was stopped; the first %1 MiB are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CommandLog</name>
    <message>
        <location filename="../../ui/actions/CommandLog.cpp" line="+20"/>
        <location line="+13"/>
        <source>Commands run (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commands run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CommandView</name>
    <message>
        <location filename="../../ui/widgets/CommandView.cpp" line="+34"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exit %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Output of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Output (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ConfigBlockPanel</name>
    <message>
        <location filename="../../ui/panels/ConfigBlockPanel.cpp" line="+27"/>
        <source>The server block for the failing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>nginx refuses its configuration (see below), so the route of %1 cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration could not be read (%1), so the route of %2 cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No server block of this configuration handles %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is handled by the server block at &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, location &lt;tt&gt;%1&lt;/tt&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, which passes it to &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nginx says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx could not test its configuration as this user (it needs root to open its log and pid files); the files were read one by one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConfigChecks</name>
    <message>
        <location filename="../../app/checks/ConfigChecks.cpp" line="-399"/>
        <source>%1 was saved at %2, after nginx last loaded its configuration at %3: that change was never loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nginx runs the configuration files as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When nginx loaded its configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no worker age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx loaded its configuration at %1; no file was saved since, so it runs what is on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (saved %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>nginx loaded its configuration at %1, and %n file(s) were saved after that: %2. nginx does not run these changes yet (a change saved but never loaded); the files shown here are what the next reload will load, once nginx -t passes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole configuration was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n error log(s) were not read, as this server has more than %1 (the URL&apos;s own were read first): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n upstream address(es) were not probed, as the configuration names too many (the URL&apos;s own upstream was probed first).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) with %1 directives were read; nothing was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part of the configuration, or of what it names, was not read, so the other checks may not see everything:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nginx accepts its configuration (nginx -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t needs root on this machine (it opens nginx&apos;s pid and log files), so the configuration could not be validated. Give the sudo password (or connect as root) for this step. The configuration files were read one by one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run sudo nginx -t yourself, or give the sudo password and re-run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not run nginx -T: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sudo nginx -t yourself and read what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nginx -t reports the configuration valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>nginx -t accepts the configuration, with %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read nginx -t&apos;s warnings below: each names the file:line to tidy up. They do not stop nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix what nginx -t names (file:line), run nginx -t until it passes, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx runs on the configuration it loaded earlier, so this is not why requests fail now: it will break the next reload or restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx refuses its configuration (nginx -t exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Fix the configuration until nginx -t passes, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nginx refuses its configuration: %1 (%2). While this is so, a reload keeps the old config and a restart leaves nginx down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change line %1 of %2 as shown, run nginx -t until it passes, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx refuses its configuration: %1%2. While this is so, a reload keeps the old config and a restart leaves nginx down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix %1 line %2, run nginx -t until it passes, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx cannot resolve an upstream&apos;s host name at start-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a name the server can resolve (check /etc/hosts and DNS with getent hosts NAME), or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2) sends HTTP to %3, where PHP-FPM listens: PHP-FPM speaks FastCGI, so nginx gets no valid HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass requests to PHP-FPM with fastcgi_pass %1 and the FastCGI parameters, instead of proxy_pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>speak FastCGI to PHP-FPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Upstreams in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the application in the location that should reach it: proxy_pass http://ADDRESS:PORT; (fastcgi_pass for PHP-FPM), then nginx -t and reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No proxy_pass, fastcgi_pass, uwsgi_pass, scgi_pass or grpc_pass was found: nginx serves everything itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where %1 goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No server block of this configuration answers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the site a server block whose listen and server_name match %1, or check the URL&apos;s host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It is passed to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This location does not pass requests to an upstream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConfigReloader</name>
    <message>
        <location filename="../../app/fixes/ConfigReloader.cpp" line="+20"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConfigRepair</name>
    <message>
        <location filename="../../app/checks/ConfigRepair.cpp" line="+176"/>
        <source>line %1 (%2) lacks the &apos;;&apos; that ends it; nginx noticed only at line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end line %1 with &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; on line %2 is not an nginx directive; it is one letter or two away from &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ConnectFlow</name>
    <message>
        <location filename="../../ui/session/ConnectFlow.cpp" line="+38"/>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 The secret was not saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected: you did not confirm the host key of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The %1 kept in the system keychain was not accepted; it has been removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Asking instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>of your SSH key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Debrief</name>
    <message>
        <location filename="../../app/lab/Debrief.cpp" line="+166"/>
        <source>completed with the reference fix (practice solve): no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not fixed: no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>named the cause right before the first change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named the cause right, after changing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named the wrong cause (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hint %1: the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint %1: where to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint %1: the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reload(s) nginx refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>safe habit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fixed within par (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than twice par (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DebriefPage</name>
    <message>
        <location filename="../../ui/practice/DebriefPage.cpp" line="+25"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debrief appears here when a practice run ends (Finish and debrief).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hand it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points · %3 · %4 min %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no debrief yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DiagnoseCommand</name>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+32"/>
        <source>Diagnose why nginx answers 502/504: the six steps, then the findings with evidence and remedy.
Exit status: 0 no problem found, 1 problems found, 2 could not diagnose. With --url, other sites&apos; problems and errors that stopped are reported but do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The URL that fails (picks the server, location and upstream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far back to read the logs (default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --url: error-log lines older than this, while the URL answers well now, are history, not a live problem (default 15m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as JSON (schema in README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--since takes a duration such as 30m, 6h or 2d, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--live-window takes a duration such as 5m or 1h, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DiagnosisEngine</name>
    <message>
        <location filename="../../app/engine/DiagnosisEngine.cpp" line="+126"/>
        <source>first, what nginx -t refuses today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>check the changed configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>replay of saved facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Looking at the upstreams&apos; own hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Testing the suggested changes with nginx -t on a scratch copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DiscoveryPage</name>
    <message>
        <location filename="../../ui/pages/DiscoveryPage.cpp" line="+34"/>
        <source>Enter or double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done in %1 s: no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in %1 s: one finding. The steps show what was checked and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 findings. The steps show what was checked and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use by the running nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, workers run as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no server_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upstreams (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> in location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server of upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error log outside a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::EditCycle</name>
    <message>
        <location filename="../../app/fixes/EditCycle.cpp" line="+105"/>
        <source>There is no nginx configuration to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+222"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <source>before the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL could not be probed before the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is also included in %2, which gets the new values too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration already has these values: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change was not confirmed: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>restores the backup by itself in %1 s unless confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed since it was read (someone else edited it): nothing was written. Run the diagnosis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The service is not running: the new configuration takes effect when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new listen.backlog takes effect only when php-fpm restarts: a reload keeps its listening socket, created with the old backlog. Restart php-fpm (stop its master %1, then start it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new workers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The URL could not be probed after the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied, but %1 still answers %2: the cause is elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was kept, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>after the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 answered %2 after the change and %3 before it: the change made it worse, so it was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The automatic rollback fired before the change was confirmed: the server restored the backup and reloaded nginx by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server restores the backup and reloads nginx by itself within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not restore %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored byte-identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Could not reload nginx after restoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the restored configuration is live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogChecks</name>
    <message>
        <location filename="../../app/checks/ErrorLogChecks.cpp" line="-492"/>
        <source>a NUL byte (\x00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the byte %1, which a header may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters a header may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer-Encoding in the same response (one of them must go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second, duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value nginx does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a response header nginx refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response header %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 sent %2 (%n time(s)), so nginx refused the response and answered %3. That is a bug in the application: it speaks HTTP, but sends a header that HTTP does not allow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the application so that its response headers are valid HTTP; nothing in nginx can fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the application (its code, framework or a proxy in it) so that it stops sending %1 with %2; nothing in nginx can fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check that the `resolver` at %1:%2 answers and knows the upstream&apos;s name (dig @ADDRESS NAME on this host); if it does not, point it at a DNS server that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pool %1&apos;s listen.backlog is %2: while every child is busy the kernel refuses further connections at once, so more children alone would not stop the 502s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read the error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No error log file was found in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx logs errors to %1, not to a file; see the journal check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give nginx an error log: error_log /var/log/nginx/error.log; in the http block, then nginx -t and reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can only be read as root. Give the sudo password (or run as root) so that this step can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read it yourself with sudo tail -n 200 %1, or give the sudo password and re-run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Read the last %1 of %2 (%n line(s)); the rest of the file was not transferred.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error logs that are not files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some errors go to %1 instead of a file: those lines are in the system log (journalctl), not in the files read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read those lines with journalctl -u nginx --since &quot;1 hour ago&quot; (or where syslog writes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upstream errors in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+260"/>
        <source>, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-258"/>
        <source>%1× %2 %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No upstream errors in the part of the log that was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the lines shown from %1; tail -f %1 follows the new ones while you load the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It went down at %1, when a request made it drop the connection: it crashed then, and nothing restarted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>nginx could not connect to %1 %n time(s), but it is listening now: the app was down or restarting then. If this repeats, look for crashes in the app&apos;s own log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+15"/>
        <source>the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application behind %1 dropped the connections itself: the fix is in the application. Its own log at those times says why (a crash, a worker killed for time or memory); restart it if it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 on, nginx&apos;s connections were refused: it crashed on that request and nothing restarted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application behind %1 again, read what it printed when it died (its stderr or journal at %2) and fix that error; run it under a supervisor that restarts it (systemd Restart=on-failure, pm2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Clients got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time: nginx gave up waiting %2 %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped the connection before answering (closed or reset) %2 %3: the app crashed, was killed, or hit its own timeout.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent response headers larger than nginx&apos;s buffer %2 %3 (big cookies or redirects).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx&apos;s worker was denied access to the socket of %1 %2 %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was denied (SELinux) when connecting to %1 %2 %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx could not resolve the upstream&apos;s name %1 %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every server of %1 was marked failed, so nginx had nowhere to send requests %2 %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered in a protocol nginx did not expect %2 %3: the pass directive does not match what listens there.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket of %1 refused new connections (listen queue full) %2 %3: every PHP-FPM worker was busy.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3 %4.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s own log (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found %1 (%2), but it could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it yourself with sudo tail -n 200 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>worker killed for its time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncaught exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server itself exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request in a protocol it does not speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker or server started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1× %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing about crashes, worker timeouts or exceptions in the part that was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow it with journalctl -f -u %1 beside nginx&apos;s log while you load the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow it beside nginx&apos;s log while you load the page again: tail -f %1 and nginx&apos;s error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nginx&apos;s journal (journalctl -u nginx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No systemd journal on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing alarming in nginx&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s journal has failures; see the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read them with journalctl -u nginx -n 50 --no-pager: an [emerg] line names the file:line nginx refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogIndex</name>
    <message>
        <location filename="../../ui/log/ErrorLogIndex.cpp" line="+53"/>
        <source>Worker killed for its time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker or server started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncaught exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request in a protocol it does not speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pm.max_children reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary script unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server itself exited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogModel</name>
    <message>
        <location filename="../../ui/log/ErrorLogModel.cpp" line="+85"/>
        <source>Line cut for display (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogPanel</name>
    <message>
        <location filename="../../ui/panels/ErrorLogPanel.cpp" line="+48"/>
        <source>&amp;Follow new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show new lines as nginx writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups of log lines by cause and upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select lines and press %1 to copy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No error log file was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Building the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The log was rotated; following the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (clients got %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::EvidenceView</name>
    <message>
        <location filename="../../ui/widgets/EvidenceView.cpp" line="+48"/>
        <source>Open the file around this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ExcerptDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExcerptDialog.cpp" line="+35"/>
        <source>The end of %1 as read by the diagnosis; line numbers count from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this excerpt of %1 was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FactCollector</name>
    <message>
        <location filename="../../app/facts/FactCollector.cpp" line="+164"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the nginx configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>nginx is not installed on %1 (not in PATH, /usr/sbin, /usr/local/sbin or /usr/local/nginx/sbin). If it lives elsewhere, give its path with --nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an executable nginx on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nginx -T failed: the configuration is invalid or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking sockets, logs, services and connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Looking at the services behind the upstreams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FailingUrl</name>
    <message>
        <location filename="../../app/model/FailingUrl.cpp" line="+39"/>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has %1 at character %2; a URL has none (a space in a path is written %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway Doctor asks nginx for http:// and https:// URLs; &quot;%1&quot; is a %2:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the user name and password out of the URL (&quot;%1@&quot;): the URL goes into commands and the report, and whether nginx answers does not depend on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL &quot;%1&quot; names no host: write it as your browser shows it, such as https://example.org/api.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FaultFactory</name>
    <message>
        <location filename="../../app/lab/FaultFactory.cpp" line="+126"/>
        <source>%1: unknown fault type &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: fault %2 needs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: fault %2 needs &quot;old&quot;/&quot;new&quot; or &quot;edits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: fault %2 needs &quot;service&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FindingCard</name>
    <message>
        <location filename="../../ui/widgets/FindingCard.cpp" line="+30"/>
        <source>&lt;b&gt;Most likely root cause:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;i&gt;A consequence of: %1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fix lives in the application itself: there is nothing here to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Apply this fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the change first; nothing is written before you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FindingFixAction</name>
    <message>
        <location filename="../../ui/actions/FindingFixAction.cpp" line="+20"/>
        <source>&amp;Diagnose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The fix cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no finished diagnosis on a connected machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Apply the fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FindingScoper</name>
    <message>
        <location filename="../../app/engine/FindingScoper.cpp" line="+51"/>
        <source>server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>location %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — as the files on disk say, which nginx -t refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no upstream (nginx answers this URL itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upstream %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+16"/>
        <source>Errors until %1, none since; the URL answers %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors until %1, none since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not about this URL now (another site, or errors that stopped): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FindingSection</name>
    <message>
        <location filename="../../app/model/ModelText.cpp" line="+61"/>
        <source>Elsewhere on this server (other sites; not why this URL fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will break the next reload or restart (not why requests fail now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors that stopped (history; not happening now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FixActionsView</name>
    <message>
        <location filename="../../ui/widgets/FixActionsView.cpp" line="+41"/>
        <source>The fix, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The fix, as Apply carries it out:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;small&gt;✓ %1 accepts this change (tested on a scratch copy)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On the upstream&apos;s host: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FixApplyCommand</name>
    <message>
        <location filename="../../app/cli/FixApplyCommand.cpp" line="+32"/>
        <source>The failing URL: diagnosed, and probed before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which finding&apos;s fix to apply (default 1, the most likely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fix lives in the application itself; there is nothing here to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This finding has no change that can be carried out as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  edit %1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  run  %1   # %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  run   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: every step of the fix ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diagnose, then carry out the fix of a finding exactly as `diagnose` prints it: its edits through the edit cycle (diff, backup, nginx -t, reload, probe, rollback on failure), then its commands.
Exit status: 0 done (and the URL no longer fails), 1 not fixed, refused or rolled back, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--finding takes a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gateway fault found: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>there are only %n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not run: confirm with --yes (or add --dry-run to only show the steps).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FixJournal</name>
    <message>
        <location filename="../../ui/session/FixJournal.cpp" line="+37"/>
        <source>applied and confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept, but the site still fails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FixMaxChildrenCommand</name>
    <message>
        <location filename="../../app/cli/FixMaxChildrenCommand.cpp" line="+34"/>
        <source>Set PHP-FPM&apos;s pm.max_children for a pool. Without --value, the memory measured now decides: what is available plus what the pool holds, less a fifth for headroom, divided by the average child&apos;s RSS. A listen.backlog below %1 is raised to %2 in the same edit: it refuses a burst however many children there are.
Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pool, e.g. www (default: the one behind --url, or the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The failing URL: picks the pool behind its fastcgi_pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new pm.max_children (default: the suggestion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--value takes a whole number of children, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no running PHP-FPM pool was found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no pool named %1; the pools are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not served by a running PHP-FPM pool (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>several pools run here: %1. Choose one with --pool or --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool %1 (%2): pm.max_children = %3, %4 children running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No children of the pool are running, so there is no child size to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the new value with --value N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FixTimeoutsCommand</name>
    <message>
        <location filename="../../app/cli/FixTimeoutsCommand.cpp" line="+25"/>
        <source>Set timeouts and buffers for the location that serves a URL (or the block at FILE:LINE). Without values, the diagnosis&apos;s recommendation is used, else the guide&apos;s defaults (75s, 8 16k, 16k, 32k).
Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The failing URL: picks the location, and is probed before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block to edit, as FILE:LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_send_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_read_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_buffers, e.g. &apos;8 16k&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_buffer_size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_busy_buffers_size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give either --url URL or --location FILE:LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Using the diagnosis&apos;s recommendation for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagnosis found no timeout or header problem in %1; using the guide&apos;s values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting in %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Glossary</name>
    <message>
        <location filename="../../app/model/Glossary.cpp" line="+10"/>
        <source>the host answered, but nothing accepts connections on that address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer at all within the time limit: a firewall dropping packets, or a host that is down or too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the upstream cut the connection off in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network has no way to the upstream&apos;s address, or a firewall rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this host has no route to the upstream&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the socket file or path does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s worker user may not open the socket or pass its directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local side ran out of ports or the address is not on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the upstream&apos;s queue of waiting connections is full (its listen backlog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the upstream closed the connection before its answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx marked every server of the group as failed for a while (max_fails / fail_timeout) and did not try them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS lookup of the upstream&apos;s name failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream&apos;s response headers are larger than proxy_buffer_size / fastcgi_buffer_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the protocol nginx speaks to PHP-FPM (fastcgi_pass), not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS, the encryption of https: both sides must speak it, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operating system&apos;s error number for a failed call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::HealthChecks</name>
    <message>
        <location filename="../../app/checks/HealthChecks.cpp" line="-406"/>
        <source>nginx is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>nginx master %1 runs with %n worker(s) as %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No nginx master process runs for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx is not running (no &quot;nginx: master process&quot; for %1), so nothing answers on its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no &quot;nginx: master process&quot; among %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check the configuration first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the configuration with nginx -t, then start nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run ps -ef | grep nginx yourself to see whether nginx runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 stays up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 keeps failing: %2, restarted %3 times, last exit %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start it with systemctl start %1; systemctl status %1 says why it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 crashed or was restarted %n time(s) in the period read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kernel killed %1 for lack of memory; while it restarts, nginx answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 keeps crashing and being restarted (%n event(s) in its journal); each crash turns the requests in flight into 502s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No out-of-memory kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel log shows no OOM kills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel killed processes for lack of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what uses the memory (free -m, ps aux --sort=-rss | head) and journalctl -k for the kills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The kernel killed %1 (pid %2) because the machine ran out of memory; requests it was serving got 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PHP-FPM has free workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing alarming in PHP-FPM&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing alarming in PHP-FPM&apos;s log, and its status page shows free children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PHP-FPM pool %1 has no free child right now: further requests wait or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2) once since it started: further requests waited or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2) %3 times since it started: further requests waited or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2): further requests wait or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>And its listen.backlog is %1 (%2): while every child is busy the kernel refuses further connections at once, so more children alone would not stop the 502s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PHP-FPM pool %1 killed a script that ran past its request_terminate_timeout (%2, %3): nginx saw the connection drop and answered 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the script is legitimately slow, raise request_terminate_timeout at %1 above the time it needs, keeping it below nginx&apos;s fastcgi_read_timeout; otherwise make the script faster. Then reload PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PHP-FPM killed a script that ran past request_terminate_timeout: nginx saw the connection drop and answered 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PHP-FPM worker crashed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PHP-FPM worker of pool %1 crashed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::HostKeyChangedDialog</name>
    <message>
        <location filename="../../ui/dialogs/HostKeyChangedDialog.cpp" line="+38"/>
        <source>The key it presented now: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::HostKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/HostKeyDialog.cpp" line="+36"/>
        <source>Host key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp;always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect now; ask again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect now and add the key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LabBlueprint</name>
    <message>
        <location filename="../../app/lab/LabBlueprint.cpp" line="+125"/>
        <source>%1 is not inside the lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LabFixAction</name>
    <message>
        <location filename="../../app/lab/LabFixAction.cpp" line="+52"/>
        <source>an edit needs &quot;file&quot;, &quot;old&quot; and &quot;new&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an edit&apos;s &quot;old&quot; is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a command needs &quot;argv&quot; and a &quot;host&quot; of nginx or upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fix action&apos;s &quot;kind&quot; is edit or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: unknown placeholders: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit %1:%2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LabState</name>
    <message>
        <location filename="../../app/lab/LabState.cpp" line="+107"/>
        <source>The lab&apos;s record has an unknown version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LineEdits</name>
    <message>
        <location filename="../../app/fixes/LineEdits.cpp" line="+57"/>
        <source>Two changes of line %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no line %2 any more: it changed since the diagnosis. Diagnose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 of %2 no longer reads &quot;%3&quot;: the file changed since the diagnosis. Diagnose again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LocalMachine</name>
    <message>
        <location filename="../../remote/LocalMachine.cpp" line="+15"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LocalProcess</name>
    <message>
        <location filename="../../remote/LocalProcess.cpp" line="+22"/>
        <source>The program &quot;%1&quot; could not be started on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The program &quot;%1&quot; was killed by a signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LogRemedies</name>
    <message>
        <location filename="../../app/checks/LogRemedies.cpp" line="+56"/>
        <source>the server at %1 speaks plain HTTP, not TLS: talk HTTP to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 answers in HTTP, not FastCGI: pass requests to it with proxy_pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FastCGI settings mean nothing to proxy_pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 listens again: take it out of maintenance (`down`) so nginx sends it requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 connections per worker are not enough (each proxied request takes two)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+82"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+292"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Gateway Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diagnosing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — Gateway Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+241"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <source>The doctor&apos;s verdicts are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The practice lab was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Practice: %1 — Gateway Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Wizard pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Stopping the practice lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+260"/>
        <source>Start the &amp;lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Diagnosed; the verdicts stay hidden until you name the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the &amp;sudo password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MaxChildrenAction</name>
    <message>
        <location filename="../../ui/actions/MaxChildrenAction.cpp" line="+19"/>
        <source>Measure the pool&apos;s &amp;memory again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Measuring the memory of pool %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pool &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): pm.max_children = %3, %4 children running, using %5; %6 of %7 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source> and listen.backlog to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rai&amp;se pm.max_children to %1%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;t pm.max_children to %1%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No children of the pool are running, so there is no child size to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pm.max_children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pool %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MonitorAction</name>
    <message>
        <location filename="../../ui/actions/MonitorAction.cpp" line="+47"/>
        <source>Watch the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log lines seen while watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Watch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n answer(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few answers to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MonitorChart</name>
    <message>
        <location filename="../../ui/actions/MonitorChart.cpp" line="+12"/>
        <source>Answers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 answers, %2 gateway errors; last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>answered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>502/503/504 or no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MonitorCommand</name>
    <message>
        <location filename="../../app/cli/MonitorCommand.cpp" line="+29"/>
        <source>Probe the URL about once a second for a while, follow nginx&apos;s error log and the app&apos;s log or journal, and report whether the fix holds (a run of answers that are not 502/504).
Exit status: 0 it holds, 1 it does not, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long (default 2m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--for takes a duration such as 30s or 5m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for %2 s ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and PHP-FPM pool %1&apos;s status page (%2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 probes: %2. Longest run without a gateway error: %3; at the end: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fix holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gateway errors, but %1 answers are too few to call it holding (%2 in a row are needed): watch longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fix does not hold yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::NginxReloader</name>
    <message>
        <location filename="../../app/fixes/NginxReloader.cpp" line="+18"/>
        <location line="+42"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>nginx -t could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t refused the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx -t refused the configuration (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx did not take the new configuration: its workers are still the old ones after %1 s. nginx keeps running the old configuration when a reload fails; its error log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/fixes/NginxReloader.h" line="+34"/>
        <source>nginx&apos;s workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::NoticeBar</name>
    <message>
        <location filename="../../ui/widgets/NoticeBar.cpp" line="+26"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PhpFpmReloader</name>
    <message>
        <location filename="../../app/fixes/PhpFpmReloader.cpp" line="+33"/>
        <location line="+43"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloading php-fpm failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading php-fpm failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>php-fpm did not take the new configuration: its old children are still running. Its log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/fixes/PhpFpmReloader.h" line="+40"/>
        <source>php-fpm&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PoolLoadChart</name>
    <message>
        <location filename="../../ui/actions/PoolLoadChart.cpp" line="+12"/>
        <source>PHP-FPM pools&apos; load over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pool %1: waiting for its status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pool %1: active %2 of pm.max_children %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, listen queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, max children reached %1, slow requests %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pm.max_children %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>active children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every child busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PoolMemoryProbe</name>
    <message>
        <location filename="../../app/fixes/PoolMemoryProbe.cpp" line="+21"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The php-fpm master of pool %1 is not running, so there is no memory to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not list php-fpm&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read /proc/meminfo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PoolScratchCheck</name>
    <message>
        <location filename="../../app/engine/PoolScratchCheck.cpp" line="+47"/>
        <source>no running php-fpm master of this pool was found to test it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>php-fpm&apos;s main config %1 was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is not among the files php-fpm&apos;s main config includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection to the machine is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no scratch directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>php-fpm -t could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>php-fpm -t refuses the pool without this change too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>could not make the scratch copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PracticeBanner</name>
    <message>
        <location filename="../../ui/practice/PracticeBanner.cpp" line="+32"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no gateway fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the &amp;cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k my fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish and debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is running; re-run the checks to see the lab now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference fix was applied (this run scores 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking for a hint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time since the lab was handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next rung of the hint ladder: a question, then where to look, then the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what breaks the site and which line of evidence shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the scenario&apos;s success checks and says, check by check, what holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start, stop or restart the lab&apos;s app servers and nginx (in a terminal: gateway-doctor practice service VERB NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stops the lab and shows the debrief: time, hints, habits, score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Practice lab: %1&lt;/b&gt; · %2 mode · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;The ticket:&lt;/i&gt; “%1”&lt;br&gt;&lt;small&gt;URL %2 · nginx.conf %3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Hint %1 of %2&lt;/b&gt; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Fixed:&lt;/b&gt; every check holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Not fixed yet:&lt;/b&gt; the checks marked ✗ do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Noted: &lt;b&gt;%1&lt;/b&gt;. Whether it is right is in the debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Right:&lt;/b&gt; %1%2. The doctor&apos;s verdicts are open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, named before any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not it:&lt;/b&gt; you named %1; the cause is &lt;b&gt;%2&lt;/b&gt;. The doctor&apos;s verdicts are open now: follow its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lab was stopped; nothing of it is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab was stopped, but not cleanly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>⏱ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PracticeCommand</name>
    <message>
        <location filename="../../app/cli/PracticeCommand.cpp" line="+62"/>
        <source>Practice on a lab: a sandbox nginx with real upstreams, broken on purpose.

  practice list                          the scenarios, and which can run here
  practice start ID [--seed N] [--mode M] break a fresh lab; prints the ticket, the URL, the config
  practice status                        the running lab
  practice hint                          the next hint (a question, where to look, the answer)
  practice answer CAUSE [--evidence L]   name the cause (a cause code, or none)
  practice service VERB NAME             start|stop|restart|reload one of the lab&apos;s services
  practice check                         is it fixed? (exit 0 fixed, 1 not)
  practice solve                         apply the reference fix (instructors, tests)
  practice debrief [--format F] [-o F]   score, your path and the doctor&apos;s (markdown, html, json)
  practice stop                          end the lab (exit 0 only when nothing is left)

Over SSH (--ssh) only on a host an admin marked as a lab: /etc/gateway-doctor/lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source> [best %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>start takes one scenario id (see practice list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Practice lab started: %1 (scenario %2, difficulty %3, seed %4, %5 mode)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site config:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:     %1 (gateway-doctor practice service start|stop|restart|reload NAME)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx -t:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnose:     gateway-doctor diagnose --conf %1 --url %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Ready in %1 ms; the fault is real: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: gateway-doctor practice hint | answer CAUSE | check | stop
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (scenario %2), %3 min %4 s in
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lab has ended: %1. gateway-doctor practice stop removes it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL: %1 answers %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints used: %1 of %2; checks: %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You named: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hint %1 of %2 (%3):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answer takes one cause code (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Noted: %1. Whether it is right is in the debrief.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, before any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not it: the cause is %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service takes a verb (start, stop, restart, reload) and a service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: done
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fixed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not fixed yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applied the reference fix:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gateway-doctor practice: could not save the result to %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score %1 for %2 (gateway-doctor practice debrief shows the whole debrief).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab is gone: no process, no file left.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of the lab is left: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no practice run to debrief yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format is markdown, html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start: the random seed (the same seed, the same lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start: guided (default; hints on request), practice or exam (no hints; whether a named cause is right is told in the debrief).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start: end the lab by itself after this long (default 2h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer: the log or config line you rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debrief: markdown (default), html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>debrief: write to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab&apos;s directory on the lab host (default: per user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where gateway-doctor-lab-supervisor and gateway-doctor-lab-upstream are on the lab host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The results file (default ~/.local/share/gateway-doctor/practice/results.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, start, status, hint, answer, service, check, solve, debrief, stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--keep-for takes a duration such as 30m or 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown practice command: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PracticeController</name>
    <message>
        <location filename="../../ui/practice/PracticeController.cpp" line="+60"/>
        <source>Looking at what this computer can run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A lab runs already: finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab host is still busy; start again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the lab and breaking it as the scenario says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Checking the fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying the reference fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The result could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReachabilityChecks</name>
    <message>
        <location filename="../../app/checks/ReachabilityChecks.cpp" line="-420"/>
        <source>A connection to %1 gets through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing listens on %1 (step 1), so there is nothing to connect to yet: %2. The checks below look at what could stand in the way once it listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 is refused for lack of permission: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let nginx connect out: on SELinux systems, setsebool -P httpd_can_network_connect 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give nginx&apos;s worker user write permission on %1 and search (x) on every directory above it (ls -ld on each shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 does not get there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name and the route: getent ahosts %1, ip route get, then retry with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing answers the connection to %1 within %2 s: a firewall that drops it, or a host that is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look for a rule that drops port %1 (nft list ruleset, iptables -S), then retry with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection could not be tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 yourself and read its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection from this host to %1 comes up in %2 ms: no name, permission, firewall or SELinux rule stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection from this host to %1 comes up: no name, permission, firewall or SELinux rule stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>nginx&apos;s own connections get through too: its error log shows them failing only later, %1 (%n time(s)). That is not a question of reachability: steps 1 and 5 look at the answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(&quot;Connection timed out&quot; in that line is nginx&apos;s word for an answer that did not come in time, on a connection that was up.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>while sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while waiting for the answer&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while reading the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve on the nginx host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upstream name %1 does not resolve on the server, so nginx cannot connect to it (and refuses to start or reload with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>getent ahosts %1: not found (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the name (typo?), add it to DNS or /etc/hosts, or use an IP address (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 may use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worker user %1 can reach and write to the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>nginx&apos;s worker user %1 (groups %2) cannot connect to %3: %n thing(s) stand in the way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>let %1 through %n directory(ies) (search permission, x)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Local firewall and port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No readable firewall rules (ufw, nft, iptables) on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a rule that drops or rejects traffic to port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not block port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let nginx&apos;s connections to port %1 through %2 (the rule above), then make the change permanent where this host&apos;s firewall is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>let nginx&apos;s connections to %1 port %2 through, first in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let nginx&apos;s connections to %1 port %2 through with an accept rule before the one that blocks them (the commands below take effect at once), then make it permanent where this host&apos;s firewall is configured (for nftables, /etc/nftables.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This host reaches %1 on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 accepts connections from this host (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SELinux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SELinux is not active here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux is enforcing and httpd_can_network_connect is off: nginx may not connect to TCP upstreams other than the standard HTTP ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow it with setsebool -P httpd_can_network_connect 1 (as root), then re-run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux allows nginx&apos;s network connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReloadAction</name>
    <message>
        <location filename="../../ui/actions/ReloadAction.cpp" line="+20"/>
        <location line="+31"/>
        <source>Reload nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Re&amp;load nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nginx is not running here: there is nothing to reload. Start it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the configuration is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>new workers took over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReloadCommand</name>
    <message>
        <location filename="../../app/cli/ReloadCommand.cpp" line="+28"/>
        <source>Test the nginx configuration and reload nginx, confirmed by new workers.
Exit status: 0 reloaded, 1 refused (nginx -t failed or nginx rejected the reload), 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nginx is not running here: there is nothing to reload. Start it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>new workers took over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RemoteUpstreamJudge</name>
    <message>
        <location filename="../../app/checks/RemoteUpstreamJudge.cpp" line="+33"/>
        <source>the nginx host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nginx host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:22 accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 listens on %2:%3 on %4, so connections from %5 to %6:%3 are refused: bind it to 0.0.0.0:%3 or to %4&apos;s address %6, and allow port %3 from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On %1, make the application listen on 0.0.0.0:%2 (or %3:%2) instead of %4:%2 (its bind / listen setting), restart it, and let port %2 in from %5 in %1&apos;s firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing listens on port %1 on %2 (ss there lists no socket on that port): the application is not running on %2, so connections from %3 are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no TCP listener on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the application on %1 (port %2) and make sure it stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 listens on %2:%3 on %4 and %4&apos;s own firewall lets port %3 in, yet connections from %5 fail (%6): a firewall or cloud security group between the hosts blocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow TCP port %1 from %2 to %3 in the firewall or security group between the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 on %2 rejects connections to port %3 (%4), so nginx&apos;s connections from %5 are refused although %6 listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 silently drops connections to port %3 (%4), so nginx&apos;s connections from %5 time out although %6 listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>let port %1 in from %2, before the rule that blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow TCP port %1 from %2 in %3&apos;s firewall (and make the rule permanent the way %3&apos;s firewall is managed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> To see which, look on that host (gateway-doctor diagnose --upstream-host %1=[user@]host, or &quot;Check the upstream&apos;s host too&quot; in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Logging in to %1 failed as well: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This host has no route to %1 (%2): the upstream address is wrong, or the network between the hosts is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address in nginx&apos;s configuration and the routes (ip route) towards %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 refuses connections to port %2, so the host is up (it answered), but nothing accepts connections on %1:%2 there: the application is down, listens only on 127.0.0.1 or another address, or a firewall there rejects the port. nginx&apos;s host cannot see which.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On %1: start the application, make it listen on %1:%2 or 0.0.0.0:%2 (not 127.0.0.1), and let port %2 in from this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is up (its port 22 answers), but connections to port %2 get no answer at all: a firewall or security group drops them silently, on %1 or between the hosts. nginx waits for proxy_connect_timeout and answers 504.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow TCP port %1 from this host to %2 in %2&apos;s firewall and any security group or firewall between the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither port %2 nor port 22 of %1 answers: a firewall drops everything to %1, or the host is down.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that %1 is up, then the firewalls and security groups between this host and it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is up (its port 22 answers), but connections to port %2 are rejected with &quot;%3&quot;: a firewall rule on the way rejects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow TCP port %1 from this host to %2 in the firewalls on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upstream&apos;s host %1 cannot be reached at all (&quot;%2&quot; on port %3 and on port 22): it is down, or not on the network this host can reach.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring the host %1 back (power, network link, its address), or point nginx at a host that is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no route (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route via %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port 22: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReportText</name>
    <message>
        <location filename="../../app/cli/ReportText.cpp" line="+134"/>
        <source>Gateway Doctor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx %1, %2, config %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gives no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problem found: nginx and its upstreams look healthy; this is not a gateway fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No live problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem found with %1: it answers %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported below, not counted: problems of other sites on this server and errors that stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the application itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source> (and %n more like it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n other piece(s) of evidence in --json</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source> — passes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   edit %1 line %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (on the upstream&apos;s host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   run  %1%2   # %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   Fix (in the application; nothing here to change): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>   And %n more here, by cause (gateway-doctor diagnose --json has each whole; fix apply --finding N fixes one):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   %1 ×%2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (follows from: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words used above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ResolverJudge</name>
    <message>
        <location filename="../../app/checks/ResolverJudge.cpp" line="+45"/>
        <source>/etc/resolv.conf was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/etc/resolv.conf could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/etc/resolv.conf names no nameserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name nginx looks up is not written in the configuration, so it could not be tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the nameservers could not be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nameservers could not be asked (%1; dig is in the package bind9-dnsutils or dnsutils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none of this host&apos;s nameservers (/etc/resolv.conf: %1) answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 resolves nowhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 -&gt; %2: %3 listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is read nowhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist in DNS, but %2 listens on this host on the port the configuration names: if that is the app, point %3 at it (below). Otherwise add the name to DNS; nginx&apos;s resolver does not read /etc/hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A resolver for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) names its upstream at request time, but no `resolver` is configured: nginx cannot look the name up and answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) takes its upstream from a variable at request time, and no `resolver` is configured. nginx first matches the value against the upstream {} names, and an address needs no lookup; any other name fails with 502 (&quot;no resolver defined to resolve NAME&quot; in the error log). The error log shows no such failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) takes its upstream from a variable that the configuration sets to %3, a name nginx would have to look up, and no `resolver` is configured: a request that uses it fails with 502. The error log shows no such failure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>resolver %1: this host&apos;s own nameserver, which answers and resolves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add `resolver %1;` to this server block: %2 is this host&apos;s own nameserver (/etc/resolv.conf), and it resolves %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolver alone will not help: %1 does not exist in DNS. Add it to DNS (nginx&apos;s resolver does not read /etc/hosts), or point the pass directive at a fixed address or an upstream {} block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a `resolver` with the address of a DNS server that resolves the upstream&apos;s name, or use a fixed address or an upstream {} block. No server to propose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resolver for %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The name nginx looks up is not written in the configuration: whether the resolver (%1) answers could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the resolver (%1) answers could not be tested: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no query ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the servers that do not answer out of the resolver line at %1: nginx asks them in turn, and each wait delays requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply within a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your resolver %1 does not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) is looked up at request time by the `resolver` at %3, but %4: nginx waits for it (resolver_timeout) and answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) takes its upstream from a variable; a request whose value is a name is looked up by the `resolver` at %3, but %4: nginx would wait for it (resolver_timeout) and answer 502. The error log shows no failed lookup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>use %1, this host&apos;s own nameserver, which answers and resolves %2, instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace %1 in the `resolver` line with %2: this host&apos;s own nameserver (/etc/resolv.conf), which answers and resolves %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point the `resolver` line at a DNS server that answers and knows %1 instead of %2; none to propose here: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RestartAction</name>
    <message>
        <location filename="../../ui/actions/RestartAction.cpp" line="+23"/>
        <source>Restart the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart &amp;upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ystemd unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The systemd unit to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. gunicorn.service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The command to run by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The unit the diagnosis found behind the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restart upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restarted, nginx reloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RestartUpstreamCommand</name>
    <message>
        <location filename="../../app/cli/RestartUpstreamCommand.cpp" line="+25"/>
        <source>Restart the app server behind nginx (its systemd unit), then reload nginx.
Exit status: 0 done and confirmed, 1 refused, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit to restart (default: the one the diagnosis found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The failing URL (picks the upstream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no systemd unit runs the upstream here; name it with --unit, or restart the app server the way it was started and run gateway-doctor reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several units serve upstreams (%1): choose one with --unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RollbackAction</name>
    <message>
        <location filename="../../ui/actions/RollbackAction.cpp" line="+22"/>
        <location line="+121"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Find bac&amp;kups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — copy of %2 as it was on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n backup(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RollbackCommand</name>
    <message>
        <location filename="../../app/cli/RollbackCommand.cpp" line="+26"/>
        <source>List the backups Gateway Doctor made of this nginx&apos;s config files, or restore one: the current file is backed up, then tested, reloaded and confirmed like any change.
Exit status: 0 done, 1 refused or rolled back, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the backups (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup to restore (a path from --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give either --list or one backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backups of this configuration&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of the backups listed by --list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RollbackGuard</name>
    <message>
        <location filename="../../app/fixes/RollbackGuard.cpp" line="+74"/>
        <location line="+34"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Could not arm the automatic rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not arm the automatic rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not disarm the automatic rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The automatic rollback&apos;s token disappeared (someone removed %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Scenario</name>
    <message>
        <location filename="../../app/lab/Scenario.cpp" line="+87"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;id&quot; must be lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;title&quot; and &quot;ticket&quot; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;difficulty&quot; is 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;cause&quot; must be a cause code or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown requirement &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter %1: &quot;one_of&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter %1: &quot;range&quot; is [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter %1: &quot;near&quot; names another port parameter, &quot;offset&quot; is [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter %1: one of one_of, range, port, quiet_port, near, token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>apps: each has a &quot;name&quot; (not nginx) and a &quot;kind&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apps: a load needs a &quot;target&quot; path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sites: each has a &quot;name&quot; and a &quot;config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one site is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files: &quot;%1&quot; must be relative to the lab directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a scenario with a cause needs at least one fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hints: each has a &quot;question&quot;, a &quot;where&quot; and an &quot;answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one hint (question, where, answer) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reference fix is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>success: &quot;probes&quot; is 1..100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ScenarioCatalog</name>
    <message>
        <location filename="../../app/lab/ScenarioCatalog.cpp" line="+54"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a JSON object: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the file name must be the id (%2.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ScenarioParams</name>
    <message>
        <location filename="../../app/lab/ScenarioParams.cpp" line="+91"/>
        <source>no free loopback port for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no free port near %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ScenarioPicker</name>
    <message>
        <location filename="../../ui/practice/ScenarioPicker.cpp" line="+44"/>
        <source>Practice scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The lab is ready: %1 answers as the ticket says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random; the same number draws the same lab again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard as usual, the ticket on top, hints on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor&apos;s verdicts stay hidden until you name the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A timer, no hints, no verdicts until the end, and a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · par %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cannot run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 scenarios can run on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A lab runs already: finish it first (Finish and debrief).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a scenario that can run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenarios are still loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ScratchConfig</name>
    <message>
        <location filename="../../app/engine/ScratchConfig.cpp" line="+18"/>
        <source>%1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1 of %2 does not read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the main config file has no absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not a file of the configuration nginx runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SecretDialog</name>
    <message>
        <location filename="../../ui/dialogs/SecretDialog.cpp" line="+16"/>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>It is kept in memory for this session only, unless you choose to remember it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SecretStore</name>
    <message>
        <location filename="../../ui/session/SecretStore.cpp" line="+53"/>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+13"/>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ServiceHealthPanel</name>
    <message>
        <location filename="../../ui/panels/ServiceHealthPanel.cpp" line="+24"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>master pid %1, %n worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>since %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SocketAccess</name>
    <message>
        <location filename="../../app/checks/SocketAccess.cpp" line="+54"/>
        <source>%1 belongs to %2:%3 with mode %4: %5 may not write to it, and connecting to a unix socket needs write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the directory %1 (%2:%3, mode %4) does not let %5 through (it needs x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>let %1 pass through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>PHP-FPM creates the socket for group %1, writable by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make PHP-FPM pool %1 create its socket for nginx&apos;s group: listen.group = %2 and listen.mode = 0660, then restart PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the socket nginx&apos;s group, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let that group write to the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the socket nginx&apos;s group (%1) and group write permission. The application makes the socket anew when it restarts: set the same there (its socket group and umask), or this comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Spinner</name>
    <message>
        <location filename="../../ui/widgets/Spinner.cpp" line="+10"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SshRunner</name>
    <message>
        <location filename="../../remote/SshRunner.cpp" line="+41"/>
        <source>The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile may hang or wait for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shell on %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command on %1 could not be stopped; its shell was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The shell on %1 did not report the command&apos;s exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not keep a shell open on %1 to run commands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The shell on %1 that ran this command ended unexpectedly (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SshTarget</name>
    <message>
        <location filename="../../remote/SshTarget.cpp" line="+19"/>
        <source>No server was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server name cannot contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name before &apos;@&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing &apos;]&apos; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected text after &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SshWorker</name>
    <message>
        <location filename="../../remote/SshWorker.cpp" line="+64"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile may hang or wait for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not set up the SSH event loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+44"/>
        <location line="+39"/>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Logged in, but %1 does not let us run commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shell could be kept open on %1 (%2), so every command now opens an SSH channel of its own and waits for the login shell and its rc files each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not connected to the server. Reconnect and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+64"/>
        <source>The connection to %1 was lost while the command was running. Reconnect, then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The connection to %1 was lost. Reconnect to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StageList</name>
    <message>
        <location filename="../../ui/actions/StageList.cpp" line="+21"/>
        <source>Stages of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StaleResolutionJudge</name>
    <message>
        <location filename="../../app/checks/StaleResolutionJudge.cpp" line="+183"/>
        <source>or `resolve` on the upstream&apos;s server line (with a `zone` in its upstream {} block and a `resolver`), which this nginx (%1) supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or, from nginx 1.27.3 on (this one is %1), `resolve` on an upstream {} server line (with a `zone` and a `resolver`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If %1&apos;s address changes often (containers, failover), let nginx resolve it while it runs: a `resolver` (this host&apos;s DNS server) and the name in a variable, e.g. `set $app http://%1:%2;` then `proxy_pass $app;` (nginx then asks that DNS server, not /etc/hosts), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>getent ahosts %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx connected to %1 for %2 and failed %3 %4: the address %5 had when nginx loaded its configuration before. nginx has loaded it again since, at %6, and %5 resolves to %7 now, so these errors ended with that reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>when it last loaded its configuration (its start or last reload, at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started or was last reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; at %1, a FastCGI request gets an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; at %1, a request gets HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Clients got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx still connects to %1 for %2, which resolves to %3 now (getent ahosts). It resolved %2 to %1 %4%5. Its connections to %1 for %6 failed %7 %8.%9 nginx looks up the name of an upstream server or of a proxy_pass without variables only when it loads its configuration, so it keeps using %1 until it is reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reload also loads what was saved since the last load: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload nginx (%1): it looks %2 up again and connects to %3; nothing in the configuration has to change.%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the configuration first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload nginx, so that it looks %1 up again: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StartPage</name>
    <message>
        <location filename="../../ui/pages/StartPage.cpp" line="+71"/>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>web1.example.org or an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from your SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default (22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SSH agent and your default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The failing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://example.org/api/orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n&amp;ginx binary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the one the running nginx uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;figuration file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+190"/>
        <location line="+41"/>
        <source>Connec&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-240"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read logs of the last hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read &amp;logs of the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Check that the target can be reached and nginx is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Type the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected to %1. Looking for nginx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to %1: %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, but nginx was not found. Give its path under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the fingerprint with whoever runs the server, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StatusBadge</name>
    <message>
        <location filename="../../ui/widgets/StatusBadge.cpp" line="+34"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Verdict hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::Step</name>
    <message>
        <location filename="../../app/model/Step.cpp" line="+11"/>
        <source>Is the upstream application running and listening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Upstream running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx only passes requests on: a 502 most often means the application behind it (the upstream) is not running, or listens on another address than the one nginx uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every upstream answers where nginx expects it. Read the error log next: it says what nginx ran into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does the nginx error log say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Error log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx writes a line for every failed request, with the upstream and the exact reason. Grouped by cause and upstream, these lines usually name the problem outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log shows no upstream failures in the time read. If the site still fails, check whether nginx can reach the upstream at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can nginx reach the upstream?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application can run and still be out of nginx&apos;s reach: name resolution, socket permissions, a firewall or SELinux can stand in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stands between nginx and its upstreams. Check the configuration next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the nginx configuration right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration decides which server block and location handle the failing URL and where they send it; nginx -t says whether nginx accepts it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx accepts its configuration and the route looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the timeouts and buffers right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Timeouts, buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow application answers after nginx gave up (504), and large response headers overflow nginx&apos;s buffers (502). Here are the values nginx really uses and where each is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The timeouts and buffers fit what the upstream needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart, reload and watch: is everything healthy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Restart and watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a fix, the services must run with it: nginx reloaded, the application restarted if needed, and the site watched until the errors stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx and its services are up. Keep an eye on the error log for a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StepAdvice</name>
    <message>
        <location filename="../../app/engine/StepAdvice.cpp" line="+31"/>
        <source>edit %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 First: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StepPage</name>
    <message>
        <location filename="../../ui/pages/StepPage.cpp" line="+29"/>
        <source>&amp;Re-run the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check the &amp;upstream&apos;s host too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not log in to the upstream&apos;s host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on another host: from here only the connection can be tested. Log in there to see what listens on its port, on which address, and what its firewall lets in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs the diagnosis again; this page shows the new results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The diagnosis could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StepVerdicts</name>
    <message>
        <location filename="../../app/engine/StepVerdicts.cpp" line="+19"/>
        <source>ss -tlnp (ss -xlp for a unix socket) shows what listens, and which process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl -v to the upstream&apos;s address from this host shows whether a connection gets through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx -T shows the configuration nginx would load, each file with its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx -T shows where each timeout and buffer is set; step 5&apos;s table shows the values in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s own log, or journalctl -u with its service, at the times of the errors says why; after a fix, follow nginx&apos;s error log with tail -f until the errors stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SuggestionCheck</name>
    <message>
        <location filename="../../app/model/SuggestionCheck.h" line="+47"/>
        <source>%1 refuses this suggestion: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SuggestionValidator</name>
    <message>
        <location filename="../../app/engine/SuggestionValidator.cpp" line="+132"/>
        <source>nginx is not running, so there is no nginx -t of the running master to test it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>the connection to the machine is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no scratch directory could be made (mktemp -d: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the scratch copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nginx -t refuses the configuration without this change too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SummaryPage</name>
    <message>
        <location filename="../../ui/pages/SummaryPage.cpp" line="+81"/>
        <source>What was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to watch next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transcript of every command is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;No problem found with %1: it answers %2 now.&lt;/b&gt; Below: problems of other sites on this server and errors that stopped; they are not why this URL would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No live problem found.&lt;/b&gt; Below: problems of other sites on this server and errors that stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On %1, the most likely root cause is &lt;b&gt;%2&lt;/b&gt; (step %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n more here: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>After the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::TimeoutChecks</name>
    <message>
        <location filename="../../app/checks/TimeoutChecks.cpp" line="-487"/>
        <source>Effective timeouts and buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No location passes requests to an upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Timeouts and buffers for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upstream response times in the access log: p50 %1 s, p95 %2 s, max %3 s (%4 requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The slowest answers (%1 s) come close to %2 %3 (%4): raise it above them before they pass it, or make the application faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s log shows requests killed at its own limit: that limit, not nginx&apos;s, ended them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The failing URL sent straight to %1 (without nginx): HTTP %2 after %3 s, %4 bytes of response header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The failing URL sent straight to %1 (without nginx) got no answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 kills requests after %2 s (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is shorter than nginx&apos;s %1: a request slower than %2 s ends in a 502 from the app killing it, never in nginx&apos;s 504.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is longer than nginx&apos;s %1: nginx gives up first (504) while the app goes on working on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 kills requests after %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PHP-FPM pool %1 ends requests after request_terminate_timeout = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Idle connections to upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closes idle connections after %2 s (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx keeps idle connections to it open for keepalive_timeout %1 (%2; keepalive %3 at %4:%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx lets them go first: no race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set keepalive_timeout %1s; in upstream %2, below the app&apos;s %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>A keep-alive race: %1, but %2. When nginx reuses an idle connection just as the app closes it, the request fails (%n time(s) in the log): nginx sends a GET again on a new connection, but not a POST, which gets 502.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The failed requests shown are POSTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make nginx let idle connections go before the app does: keepalive_timeout %1s; in upstream %2 (below the app&apos;s %3 s), or raise the app&apos;s %4 above nginx&apos;s %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keepalive_timeout %1s in upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sent straight to %1 just now, the request took %2 s. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent straight to %1 just now, the request took only %2 s: the slow ones in the log came at another time. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent straight to %1 just now, the request got no answer at all within the probe&apos;s limit: the app may hang, and a longer timeout may not help. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 took longer than %2 = %3 (%4), so nginx gave up and answered 504.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If the slow requests are legitimate, raise %1 to %2s for this location%3; otherwise make the app faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — and raise the app&apos;s own limit too: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1&apos;s response headers (%2 bytes, measured) do not fit in %3 = %4 (%5), so nginx answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s response headers do not fit in %2 = %3 (%4), so nginx answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set %1 %2 for this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 %2, %3 %4 and %5 %6 for this location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::TimeoutsEditor</name>
    <message>
        <location filename="../../ui/actions/TimeoutsEditor.cpp" line="+39"/>
        <source>Pre&amp;view the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>B&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the diff; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diff and ask; then back up, write, test, reload and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the diagnosis again to see the values nginx uses now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 — serves the failing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No block here hands requests to an upstream: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The diagnosis&apos;s recommendation for this block is not prefilled: %1. Prefilled with the guide&apos;s values instead (75 s timeouts, 8 16k buffers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1 (%2). Leave empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type at least one value to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Timeouts and buffers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::TimeoutsPanel</name>
    <message>
        <location filename="../../ui/panels/TimeoutsPanel.cpp" line="+136"/>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Effective values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective timeouts and buffers for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter or double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No change suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UpstreamAddressJudge</name>
    <message>
        <location filename="../../app/checks/UpstreamAddressJudge.cpp" line="+86"/>
        <source>nginx connects to the socket %1, which does not exist, while a similar socket %2 is listening%3. The path in the config is probably wrong (a PHP version in the path?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>send requests to the socket that exists, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point nginx at %1, where the service really listens (or make the service create %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing listens on the unix socket %1: the service behind it is stopped, or it listens somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no unix socket listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start (or restart) the service that should create %1 and check that it stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nginx resolves &quot;localhost&quot; to both ::1 and 127.0.0.1 and tries each, but the app listens only on %1. Connections to %2 are refused, which fills the error log and, under load or with keepalive, turns into 502s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing listens on %1, but the same port is open on %2%3: nginx points at the wrong address, or the app is bound to the wrong interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>connect to %1, where the app listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the address the app listens on, %1, instead of &quot;localhost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make nginx connect to %1, where the app listens (or bind the app to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing listens on port %1, but %2 listens on port %3 right next to it: the port in the nginx config (or the app&apos;s) is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use port %1, where %2 listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use port %1 in nginx&apos;s configuration, where the app listens (or start the app on port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing listens on %1: the application server is not running (or crashed), so nginx gets &quot;connection refused&quot; and answers 502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no TCP listener for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the application server behind %1 and make sure it stays up. How it is started here (a service, a process manager, a container) is not something nginx&apos;s side shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing listens on %1, where nginx sends requests, but %2 listens on %3, an address no upstream in nginx&apos;s configuration uses: nginx most likely points at the wrong address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect to %1, where %2 listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point nginx at %1, where %2 really listens (or make the app listen on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listens on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; neither is used by nginx&apos;s configuration, so which one was meant is not clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; none of them is used by nginx&apos;s configuration, so which one was meant is not clear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UpstreamChecks</name>
    <message>
        <location filename="../../app/checks/UpstreamChecks.cpp" line="-455"/>
        <source>Upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has no upstream with a fixed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration could not be read, so its upstreams are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something listens on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list listening sockets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run ss -tlnp as root (or give the sudo password) and re-run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listening on some of %1&apos;s addresses, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the application listen on %1 too, or name the address it listens on instead of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+297"/>
        <source>the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-286"/>
        <source>%1 is listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is listening: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing listens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the application that should listen on %1, then check with ss -tlnp that it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application that should create %1, then check with ss -xlp that it listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is on another host: this machine&apos;s sockets say nothing about it, so step 3 tests the connection from here. To look on that host, add --upstream-host %2=[user@]host (or &quot;Check the upstream&apos;s host too&quot; in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list listening sockets on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On %1, %2 listens on %3:%4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing listens on port %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 (%3)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, restarted %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read why with systemctl status %1 and journalctl -u %1, then restart it with systemctl restart %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is served by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Binary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a systemd service; started by pid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a systemd service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: %1 (%2: its ExecStart holds the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s %2 (%3 s, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worker class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its own limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its own log: none found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its own log: %1, %2, could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the sudo password (or run as root) so that its log can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its own log: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answers a direct request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The failing URL, sent straight to it, got HTTP %1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It answered after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It sent nothing back within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, but nginx waits only %2 for an answer (%3 %4, %5): nginx gives up first and answers 504.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find out why the application takes %1 s (its own logs, a slow query), or let nginx wait longer: raise %2 (now %3, %4) above that time; step 5 shows the values and applies the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point nginx at it with the directive for the protocol it speaks (fastcgi_pass for PHP-FPM, proxy_pass for HTTP) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing answers on %1: start the application there (systemctl start with its unit, or its own start command), or point nginx where it listens (the check above says whether something listens nearby).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The application accepts connections but is slow or stuck: look at its own logs, and compare with the read timeout in step 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers the connection: check the host and its firewall (step 3), e.g. with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let nginx&apos;s worker user reach %1: step 3 shows what stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application drops the request: read its own log and journalctl for a crash at that time, then retry with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 3 shows why %1 is out of reach (name resolution, route, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 yourself and read its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Asked as %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, the user nginx&apos;s workers run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Asked as %1, not as %2 (nginx&apos;s workers), whose access may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answers a FastCGI request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers HTTP %1: connects in %2 ms, the first byte of the answer after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers HTTP %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepts connections but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>accepts the connection (in %1 ms) but sends nothing back within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refuses connections (nothing listening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not answer (connection timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is unreachable (no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepts connections, then closes them without a FastCGI reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resets the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepts the connection (in %1 ms), but its answer breaks the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UpstreamHostFlow</name>
    <message>
        <location filename="../../ui/session/UpstreamHostFlow.cpp" line="+25"/>
        <source>Check the upstream&apos;s host too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on another host. Log in there over SSH to see what listens on its port, which service owns it and what its firewall lets in.

SSH target ([user@]host[:port] or a ~/.ssh/config alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UpstreamRestarter</name>
    <message>
        <location filename="../../app/fixes/UpstreamRestarter.cpp" line="+27"/>
        <source>&quot;%1&quot; is not a systemd unit name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no service manager here to restart %1 with. Restart the app server the way it was started, then reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>systemctl restart %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restarted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is running again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not come back after the restart (%2). Its journal says why: journalctl -u %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nginx was not running and could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was not running, so it was started instead of reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reloaded nginx (%1): new workers took over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UrlMonitor</name>
    <message>
        <location filename="../../app/fixes/UrlMonitor.cpp" line="+98"/>
        <source>stopped with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connection to the server lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::UrlProbe</name>
    <message>
        <location filename="../../app/fixes/UrlProbe.cpp" line="+16"/>
        <source>The connection to the machine is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not probe the URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::WizardSession</name>
    <message>
        <location filename="../../ui/session/WizardSession.cpp" line="+90"/>
        <source>The fix runs on the upstream&apos;s host %1, and it is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fix runs on the upstream&apos;s host %1: add it with &quot;Check the upstream&apos;s host too&quot; (step 1) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The connection to %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
