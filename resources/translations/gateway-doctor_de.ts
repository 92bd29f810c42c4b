<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupName</name>
    <message>
        <location filename="../../remote/BackupName.cpp" line="+35"/>
        <source>Every backup name next to %1 would be loaded by an include in the nginx configuration, so no backup can be made safely there.</source>
        <translation>Jeder Sicherungsname neben %1 würde von einem include in der nginx-Konfiguration geladen, daher kann dort keine Sicherung gefahrlos angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BrokenConfigFault</name>
    <message>
        <location filename="../../app/lab/BrokenConfigFault.cpp" line="+27"/>
        <source>%1: the lab has no file %2</source>
        <translation>%1: Das Labor hat keine Datei %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 does not have the line &quot;%3&quot; exactly once</source>
        <translation>%1: %2 enthält die Zeile &quot;%3&quot; nicht genau einmal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx accepted the broken configuration.</source>
        <translation>nginx hat die fehlerhafte Konfiguration akzeptiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nginx -t passes on the broken configuration.</source>
        <translation>nginx -t meldet bei der fehlerhaften Konfiguration keinen Fehler.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration on disk is valid (nginx -t)</source>
        <translation>die Konfiguration auf der Festplatte ist gültig (nginx -t)</translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <location filename="../../app/fixes/ChangeValidator.cpp" line="+64"/>
        <source>a NUL byte</source>
        <translation>ein NUL-Byte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;;&quot;, which ends a directive</source>
        <translation>&quot;;&quot;, das eine Direktive beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;, which opens or closes a block</source>
        <translation>&quot;%1&quot;, das einen Block öffnet oder schließt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;#&quot;, which starts a comment</source>
        <translation>&quot;#&quot;, das einen Kommentar einleitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quote (%1)</source>
        <translation>ein Anführungszeichen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;$&quot;, which expands a variable</source>
        <translation>&quot;$&quot;, das eine Variable expandiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash</source>
        <translation>einen Backslash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a parenthesis</source>
        <translation>eine Klammer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the new value</source>
        <translation>der neue Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s default</source>
        <translation>Standardwert von nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set at %1:%2</source>
        <translation>gesetzt in %1:%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, the larger of %2 %3 (%4) and one of %5 %6 (%7)</source>
        <translation>%1, der größere Wert von %2 %3 (%4) und einem der %5 %6 (%7)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raise %1 as well, for example to %2 %3, or set %4.</source>
        <translation>Erhöhen Sie auch %1, zum Beispiel auf %2 %3, oder setzen Sie %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not set, so nginx uses twice %2)</source>
        <translation>%1 (nicht gesetzt, daher verwendet nginx das Doppelte von %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5, but that maximum is %6.</source>
        <translation>nginx würde dies%1 ablehnen: &quot;%2&quot; muss gleich oder größer sein als das Maximum aus dem Wert von &quot;%3&quot; und einem der &quot;%4&quot;. Der Wert beträgt %5, das Maximum aber %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be less than the size of all &quot;%3&quot; minus one buffer. It is %4, but %3 %5 (%6) leave only %7 × %8 = %9.</source>
        <translation>nginx würde dies%1 ablehnen: &quot;%2&quot; muss kleiner sein als die Größe aller &quot;%3&quot; abzüglich eines Puffers. Der Wert beträgt %4, aber %3 %5 (%6) lassen nur %7 × %8 = %9 übrig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5 (%6), but that maximum is %7.</source>
        <translation>nginx würde dies%1 ablehnen: &quot;%2&quot; muss gleich oder größer sein als das Maximum aus dem Wert von &quot;%3&quot; und einem der &quot;%4&quot;. Der Wert beträgt %5 (%6), das Maximum aber %7.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nginx would refuse this%1: &quot;%2&quot; must be equal to zero to disable temporary files usage or must be equal to or greater than the maximum of the value of &quot;%3&quot; and one of the &quot;%4&quot;. It is %5 (%6), but that maximum is %7.</source>
        <translation>nginx würde dies%1 ablehnen: &quot;%2&quot; muss gleich null sein, um temporäre Dateien abzuschalten, oder gleich oder größer als das Maximum aus dem Wert von &quot;%3&quot; und einem der &quot;%4&quot;. Der Wert beträgt %5 (%6), das Maximum aber %7.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nginx would refuse this%1: there must be at least 2 &quot;%2&quot; (%3 is %4).</source>
        <translation>nginx würde dies%1 ablehnen: Es muss mindestens 2 &quot;%2&quot; geben (%3 ist %4).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is to be changed twice; give it one value.</source>
        <translation>&quot;%1&quot; soll zweimal geändert werden; geben Sie einen einzigen Wert an.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+19"/>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be 0: nginx would give up on the upstream at once.</source>
        <translation>%1 darf nicht 0 sein: nginx würde den Upstream sofort aufgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is longer than a day, which no gateway fix needs. Use at most 24h.</source>
        <translation>%1 %2 ist länger als ein Tag, was keine Gateway-Korrektur braucht. Verwenden Sie höchstens 24h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(In nginx, M means months; minutes are m.)</source>
        <translation>(In nginx bedeutet M Monate; Minuten sind m.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be 0.</source>
        <translation>%1 darf nicht 0 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is larger than %3, far more than any response needs. Use at most %3.</source>
        <translation>%1 %2 ist größer als %3, weit mehr, als eine Antwort braucht. Verwenden Sie höchstens %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes two values, how many buffers and how large each is, like 8 16k. &quot;%2&quot; is not that.</source>
        <translation>%1 erwartet zwei Werte, die Anzahl der Puffer und die Größe jedes Puffers, etwa 8 16k. &quot;%2&quot; ist das nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the buffer size cannot be 0.</source>
        <translation>%1: Die Puffergröße darf nicht 0 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: one buffer of %2 is larger than %3, far more than any response needs.</source>
        <translation>%1: Ein Puffer von %2 ist größer als %3, weit mehr, als eine Antwort braucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 asks for %3 per request; use at most %4 buffers and %5 in all.</source>
        <translation>%1 %2 verlangt %3 pro Anfrage; verwenden Sie höchstens %4 Puffer und insgesamt %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gateway Doctor only changes upstream timeouts and buffers, and &quot;%1&quot; is not one of them.</source>
        <translation>Gateway Doctor ändert nur Upstream-Timeouts und -Puffer, und &quot;%1&quot; gehört nicht dazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value for %1 contains %2. Type only the value itself, like %3.</source>
        <translation>Der Wert für %1 enthält %2. Geben Sie nur den Wert selbst ein, etwa %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown kind of value for %1.</source>
        <translation>Unbekannte Art von Wert für %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> in %1 (%2:%3)</source>
        <translation> in %1 (%2:%3)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+14"/>
        <source>Log what is done, step by step, on stderr.</source>
        <translation>Schritt für Schritt auf stderr protokollieren, was getan wird.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>ConfigEditPlanner</name>
    <message>
        <location filename="../../app/fixes/ConfigEditPlanner.cpp" line="+44"/>
        <source>The value &quot;%1&quot; for %2 has not been through the validator.</source>
        <translation>Der Wert &quot;%1&quot; für %2 wurde nicht vom Validator geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is to be changed twice; give it one value.</source>
        <translation>&quot;%1&quot; soll zweimal geändert werden; geben Sie einen einzigen Wert an.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>%1 has changed since the configuration was read: line %2 no longer has %3. Run the diagnosis again before changing it.</source>
        <translation>%1 wurde geändert, seit die Konfiguration gelesen wurde: Zeile %2 enthält %3 nicht mehr. Führen Sie die Diagnose erneut aus, bevor Sie die Datei ändern.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 has changed since the configuration was read: line %2 now sets %3, which Gateway Doctor was about to add. Run the diagnosis again before changing it.</source>
        <translation>%1 wurde geändert, seit die Konfiguration gelesen wurde: Zeile %2 setzt jetzt %3, das Gateway Doctor gerade hinzufügen wollte. Führen Sie die Diagnose erneut aus, bevor Sie die Datei ändern.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Gateway Doctor could not work out a safe edit of %1 (%2). Please change it by hand.</source>
        <translation>Gateway Doctor konnte keine sichere Änderung von %1 ermitteln (%2). Bitte ändern Sie die Datei von Hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the result does not parse as before</source>
        <translation>das Ergebnis lässt sich nicht wie vorher einlesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not land in the block</source>
        <translation>%1 ist nicht im Block gelandet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other directives would change</source>
        <translation>andere Direktiven würden sich ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The configuration has no http {} block to change.</source>
        <translation>Die Konfiguration hat keinen http {}-Block, der geändert werden kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Upstream timeouts and buffers can only be set in http {}, a server {} or a location {} of it, not in &quot;%1&quot;.</source>
        <translation>Upstream-Timeouts und -Puffer lassen sich nur in http {}, einem server {} oder einer location {} darin setzen, nicht in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>None of the changes goes into %1.</source>
        <translation>Keine der Änderungen betrifft %1.</translation>
    </message>
</context>
<context>
    <name>DebriefHtml</name>
    <message>
        <location filename="../../app/lab/DebriefHtml.cpp" line="+28"/>
        <location line="+1"/>
        <source>Practice debrief: %1</source>
        <translation>Nachbesprechung der Übung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (difficulty %2, par %3 min, seed %4, %5 mode)</source>
        <translation>%1 (Schwierigkeit %2, Richtzeit %3 min, Seed %4, Modus %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, started %2</source>
        <translation>%1, gestartet %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cause named</source>
        <translation>Genannte Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints used</source>
        <translation>Genutzte Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site broken for %1 while you worked; %2 nginx reload(s), %3 refused%4</source>
        <translation>Website %1 lang gestört, während Sie arbeiteten; nginx %2-mal neu geladen, %3 abgelehnt%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nginx was restarted</source>
        <translation>; nginx wurde neu gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket</source>
        <translation>Das Ticket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe habits</source>
        <translation>Sichere Gewohnheiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your path and the doctor&apos;s</source>
        <translation>Ihr Weg und der von Gateway Doctor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your path</source>
        <translation>Ihr Weg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The doctor&apos;s path</source>
        <translation>Der Weg von Gateway Doctor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The doctor did not run on this lab.</source>
        <translation>Gateway Doctor wurde in diesem Labor nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no gateway fault</source>
        <translation>kein Gateway-Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an experienced admin would have done</source>
        <translation>Was ein erfahrener Admin getan hätte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look:</source>
        <translation>Nachsehen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference fix:</source>
        <translation>Die Referenzkorrektur:</translation>
    </message>
</context>
<context>
    <name>DebriefMarkdown</name>
    <message>
        <location filename="../../app/lab/DebriefMarkdown.cpp" line="+13"/>
        <source># Practice debrief: %1

</source>
        <translation># Nachbesprechung der Übung: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Scenario: `%1` (difficulty %2, par %3 min, seed %4, %5 mode)
</source>
        <translation>- Szenario: `%1` (Schwierigkeit %2, Richtzeit %3 min, Seed %4, Modus %5)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- Lab: %1, started %2
</source>
        <translation>- Labor: %1, gestartet %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Outcome: **%1**; score **%2**
</source>
        <translation>- Ergebnis: **%1**; Punktzahl **%2**
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Cause named: %1; expected `%2`
</source>
        <translation>- Genannte Ursache: %1; erwartet `%2`
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Hints used: %1; checks: %2 (%3 failed)
</source>
        <translation>- Genutzte Hinweise: %1; Prüfungen: %2 (%3 fehlgeschlagen)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Site broken while you worked: %1; nginx reloads: %2 (%3 refused)%4
</source>
        <translation>- Website gestört, während Sie arbeiteten: %1; nginx neu geladen: %2-mal (%3 abgelehnt)%4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nginx was restarted</source>
        <translation>; nginx wurde neu gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>## The ticket

</source>
        <translation>## Das Ticket

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Score

| | points |
|---|---:|
</source>
        <translation>## Punktzahl

| | Punkte |
|---|---:|
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>| **total** | **%1** |

</source>
        <translation>| **gesamt** | **%1** |

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Safe habits

</source>
        <translation>## Sichere Gewohnheiten

</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
## Your path

</source>
        <translation>
## Ihr Weg

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>
## The doctor&apos;s path

</source>
        <translation>
## Der Weg von Gateway Doctor

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor did not run on this lab.
</source>
        <translation>Gateway Doctor wurde in diesem Labor nicht ausgeführt.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. **%2**: %3</source>
        <translation>%1. **%2**: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
The doctor&apos;s verdict: `%1`</source>
        <translation>
Urteil von Gateway Doctor: `%1`</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no gateway fault</source>
        <translation>kein Gateway-Fehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
## What happened

%1
</source>
        <translation>
## Was geschehen ist

%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## What an experienced admin would have done

</source>
        <translation>
## Was ein erfahrener Admin getan hätte

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2
   - Look: %3
   - Answer: %4
</source>
        <translation>%1. %2
   - Nachsehen: %3
   - Antwort: %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
The reference fix:

</source>
        <translation>
Die Referenzkorrektur:

</translation>
    </message>
</context>
<context>
    <name>DebriefPdf</name>
    <message>
        <location filename="../../ui/report/DebriefPdf.cpp" line="+14"/>
        <source>Practice debrief: %1</source>
        <translation>Nachbesprechung der Übung: %1</translation>
    </message>
</context>
<context>
    <name>DebriefText</name>
    <message>
        <location filename="../../app/lab/DebriefText.cpp" line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed with the reference fix (practice solve)</source>
        <translation>Mit der Referenzkorrektur abgeschlossen (practice solve)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed in %1</source>
        <translation>Behoben in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no cause named</source>
        <translation>keine Ursache genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (wrong: it was %2)</source>
        <translation>%1 (falsch: es war %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (right, before the first change)</source>
        <translation>%1 (richtig, vor der ersten Änderung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (right, after changing things)</source>
        <translation>%1 (richtig, nach Änderungen)</translation>
    </message>
</context>
<context>
    <name>DnsLookup</name>
    <message>
        <location filename="../../app/probes/DnsLookup.cpp" line="+56"/>
        <source>getent failed (exit code %1).</source>
        <translation>getent ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>DnsQuery</name>
    <message>
        <location filename="../../app/probes/DnsQuery.cpp" line="+108"/>
        <source>%1 answers: %2 is %3</source>
        <translation>%1 antwortet: %2 ist %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers that %2 does not exist (NXDOMAIN)</source>
        <translation>%1 antwortet, dass %2 nicht existiert (NXDOMAIN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers, but has no IPv4 address for %2</source>
        <translation>%1 antwortet, hat aber keine IPv4-Adresse für %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers %2 for %3: it will not resolve that name</source>
        <translation>%1 antwortet %2 für %3: Dieser Name wird dort nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not answer: nothing listens there (connection refused)</source>
        <translation>%1 antwortet nicht: Dort lauscht nichts (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not answer: no reply within a second</source>
        <translation>%1 antwortet nicht: keine Antwort innerhalb einer Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
</context>
<context>
    <name>EditCycle</name>
    <message>
        <location filename="../../app/fixes/EditCycle.cpp" line="+34"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan the edit</source>
        <translation>Änderung planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up</source>
        <translation>sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arm the automatic rollback</source>
        <translation>automatische Rücknahme aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test the configuration</source>
        <translation>Konfiguration testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload</source>
        <translation>neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe the URL</source>
        <translation>Testanfrage an die URL senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disarm the automatic rollback</source>
        <translation>automatische Rücknahme deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore</source>
        <translation>wiederherstellen</translation>
    </message>
</context>
<context>
    <name>EditFault</name>
    <message>
        <location filename="../../app/lab/EditFault.cpp" line="+30"/>
        <source>%1: the lab has no file %2</source>
        <translation>%1: Das Labor hat keine Datei %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 does not have the line &quot;%3&quot; exactly once</source>
        <translation>%1: %2 enthält die Zeile &quot;%3&quot; nicht genau einmal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not contain the injected change.</source>
        <translation>%1 enthält die eingebrachte Änderung nicht.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 in %2 is at least %3</source>
        <translation>%1 in %2 ist mindestens %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set: the default %1 applies</source>
        <translation>nicht gesetzt: Der Standardwert %1 gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set, and the default %1 is too small</source>
        <translation>nicht gesetzt, und der Standardwert %1 ist zu klein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: &quot;%3&quot; is not a value I can read</source>
        <translation>%1:%2: &quot;%3&quot; ist kein lesbarer Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: %3 %4 is still below %5</source>
        <translation>%1:%2: %3 %4 liegt immer noch unter %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: %3 %4</source>
        <translation>%1:%2: %3 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in place</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the change in %1</source>
        <translation>die Änderung in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either side may be fixed; the URL check decides</source>
        <translation>jede der beiden Seiten kann korrigiert werden; die URL-Prüfung entscheidet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the injected change in %1 is gone</source>
        <translation>die eingebrachte Änderung in %1 ist entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2 still says &quot;%3&quot;</source>
        <translation>%1:%2 enthält noch &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <location filename="../../app/config/EffectiveSetting.h" line="+23"/>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
</context>
<context>
    <name>FastCgiProbe</name>
    <message>
        <location filename="../../app/probes/FastCgiProbe.cpp" line="+156"/>
        <source>FastCGI reply: Status %1</source>
        <translation>FastCGI-Antwort: Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FastCGI reply: Status %1 (%2)</source>
        <translation>FastCGI-Antwort: Status %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no FastCGI reply in time</source>
        <translation>keine FastCGI-Antwort innerhalb der Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed the connection without a FastCGI reply</source>
        <translation>hat die Verbindung ohne FastCGI-Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answered in HTTP, not FastCGI</source>
        <translation>hat per HTTP geantwortet, nicht per FastCGI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered, but not in FastCGI (first bytes %1)</source>
        <translation>hat geantwortet, aber nicht per FastCGI (erste Bytes %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepts connections (no Perl there to speak FastCGI)</source>
        <translation>nimmt Verbindungen an (dort gibt es kein Perl, um FastCGI zu sprechen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Perl on that host to connect to a unix socket</source>
        <translation>kein Perl auf diesem Host, um sich mit einem Unix-Socket zu verbinden</translation>
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
        <translation>Unerwartete Ausgabe von stat.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not connected to the machine.</source>
        <translation>Nicht mit dem Rechner verbunden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was changed by someone else since Gateway Doctor read it. Nothing was written; reload the file and review the change again.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Gateway Doctor die Datei gelesen hat. Es wurde nichts geschrieben; laden Sie die Datei neu und prüfen Sie die Änderung erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on a read-only file system; it cannot be changed here.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem; die Datei kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied for %1: this needs root privileges (sudo).</source>
        <translation>Zugriff auf %1 verweigert: Dafür sind root-Rechte (sudo) nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup with that name already exists next to %1.</source>
        <translation>Neben %1 gibt es bereits eine Sicherung mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not access %1 (exit code %2).</source>
        <translation>Auf %1 konnte nicht zugegriffen werden (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is larger than %2 MiB; only its end can be read.</source>
        <translation>%1 ist größer als %2 MiB; nur das Ende kann gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FirewallFault</name>
    <message>
        <location filename="../../app/lab/FirewallFault.cpp" line="+33"/>
        <source>nft %1 failed</source>
        <translation>nft %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a lab table name: %1</source>
        <translation>kein Tabellenname des Labors: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the firewall rule is not in place</source>
        <translation>die Firewall-Regel ist nicht vorhanden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no firewall rule blocks port %1</source>
        <translation>keine Firewall-Regel blockiert Port %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lab&apos;s firewall chain is gone</source>
        <translation>die Firewall-Kette des Labors ist entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an accept rule comes first: %1</source>
        <translation>eine accept-Regel steht davor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nft still has: %1</source>
        <translation>nft enthält noch: %1</translation>
    </message>
</context>
<context>
    <name>FirewallState</name>
    <message>
        <location filename="../../app/probes/FirewallState.cpp" line="+32"/>
        <source>%1 could not read the firewall rules.</source>
        <translation>%1 konnte die Firewall-Regeln nicht lesen.</translation>
    </message>
</context>
<context>
    <name>FixApplier</name>
    <message>
        <location filename="../../app/lab/FixApplier.cpp" line="+45"/>
        <source>the lab has no service %1</source>
        <translation>das Labor hat keinen Dienst %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chmod outside the lab</source>
        <translation>chmod außerhalb des Labors</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a command the lab runs: %1</source>
        <translation>kein Befehl, den das Labor ausführt: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown service command %1</source>
        <translation>unbekannter Dienstbefehl %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a file of the lab</source>
        <translation>%1 ist keine Datei des Labors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 no longer has the line &quot;%2&quot; exactly once (changed by hand?)</source>
        <translation>%1 enthält die Zeile &quot;%2&quot; nicht mehr genau einmal (von Hand geändert?)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nginx -t fails after the fix</source>
        <translation>nginx -t schlägt nach der Korrektur fehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx reloaded</source>
        <translation>nginx neu geladen</translation>
    </message>
</context>
<context>
    <name>FixContext</name>
    <message>
        <location filename="../../app/fixes/FixContext.cpp" line="+32"/>
        <source>The nginx configuration could not be read, so there is nothing to edit: %1</source>
        <translation>Die nginx-Konfiguration konnte nicht gelesen werden, daher gibt es nichts zu bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&quot;%1&quot; is not a URL (http://host/path).</source>
        <translation>&quot;%1&quot; ist keine URL (http://host/pfad).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server block of this nginx answers %1%2.</source>
        <translation>Kein server-Block dieses nginx beantwortet %1%2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--location takes FILE:LINE, not &quot;%1&quot;.</source>
        <translation>--location erwartet FILE:LINE, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No location, server or http block at %1.</source>
        <translation>Kein location-, server- oder http-Block bei %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>http {}</source>
        <translation>http {}</translation>
    </message>
</context>
<context>
    <name>FixSession</name>
    <message>
        <location filename="../../app/cli/FixSession.cpp" line="+21"/>
        <source>Apply without asking (the diff is still printed).</source>
        <translation>Ohne Rückfrage anwenden (der Diff wird trotzdem ausgegeben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diff and stop: nothing is written.</source>
        <translation>Den Diff zeigen und anhalten: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after which the server restores the backup by itself unless the change was confirmed (default 120 over SSH, 0 = off on this computer).</source>
        <translation>Sekunden, nach denen der Server die Sicherung selbst wiederherstellt, wenn die Änderung nicht bestätigt wurde (Standard 120 über SSH, 0 = aus auf diesem Computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the change even when the URL still answers 502/504 after it (by default such a change is undone: it did not fix the site).</source>
        <translation>Die Änderung behalten, auch wenn die URL danach noch 502/504 antwortet (standardmäßig wird eine solche Änderung zurückgenommen: Sie hat die Website nicht repariert).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking at %1 first ...</source>
        <translation>Zuerst wird %1 untersucht ...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the fix runs on %1, and logging in there failed: %2</source>
        <translation>die Korrektur läuft auf %1, und die Anmeldung dort ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fix runs on the upstream&apos;s host %1: name it with --upstream-host %1=[user@]host.</source>
        <translation>die Korrektur läuft auf dem Upstream-Host %1: Geben Sie ihn mit --upstream-host %1=[user@]host an.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Apply this change? [y/N] </source>
        <translation>Diese Änderung anwenden? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: confirm with --yes (or run on a terminal to be asked).</source>
        <translation>Nicht angewendet: Bestätigen Sie mit --yes (oder starten Sie das Programm in einem Terminal, um gefragt zu werden).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done: the change is live and confirmed.</source>
        <translation>Fertig: Die Änderung ist aktiv und bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL answered %1 (before: %2).</source>
        <translation>Die URL hat %1 geantwortet (vorher: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: the configuration already has these values.</source>
        <translation>Nichts zu tun: Die Konfiguration hat diese Werte bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled back: %1 The files were restored byte-identical.</source>
        <translation>Zurückgenommen: %1 Die Dateien wurden byte-identisch wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(To keep a change that does not fix the URL, add --keep-if-unchanged.)</source>
        <translation>(Um eine Änderung zu behalten, die die URL nicht repariert, fügen Sie --keep-if-unchanged hinzu.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>HostAddresses</name>
    <message>
        <location filename="../../app/probes/HostAddresses.cpp" line="+44"/>
        <source>ip addr failed (exit code %1).</source>
        <translation>ip addr ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <location filename="../../app/probes/HttpProbe.cpp" line="+203"/>
        <source>the URL must start with http:// or https://</source>
        <translation>die URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control characters in the socket path or Host header</source>
        <translation>Steuerzeichen im Socket-Pfad oder im Host-Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeouts must be positive</source>
        <translation>Timeouts müssen positiv sein</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <location filename="../../app/lab/LabHost.cpp" line="+65"/>
        <source>needs root (it changes the firewall or runs services as another user)</source>
        <translation>benötigt root (ändert die Firewall oder führt Dienste als anderer Benutzer aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs php-fpm (Debian: apt-get install php-fpm)</source>
        <translation>benötigt php-fpm (Debian: apt-get install php-fpm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs gunicorn (Debian: apt-get install gunicorn)</source>
        <translation>benötigt gunicorn (Debian: apt-get install gunicorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs nftables (Debian: apt-get install nftables)</source>
        <translation>benötigt nftables (Debian: apt-get install nftables)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs root to add a firewall rule</source>
        <translation>benötigt root, um eine Firewall-Regel hinzuzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs IPv6 on the loopback interface (::1)</source>
        <translation>benötigt IPv6 auf der Loopback-Schnittstelle (::1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs SELinux in enforcing mode; this machine has no SELinux (/sys/fs/selinux is missing)</source>
        <translation>benötigt SELinux im Modus enforcing; dieser Rechner hat kein SELinux (/sys/fs/selinux fehlt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs SELinux in enforcing mode; it is %1 here</source>
        <translation>benötigt SELinux im Modus enforcing; hier ist es %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not look at the lab host: %1</source>
        <translation>Der Labor-Host konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lab host has no %1. %2</source>
        <translation>Auf dem Labor-Host fehlt %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install Gateway Doctor on it (the lab&apos;s programs come with it), or name their directory with --lab-helpers.</source>
        <translation>Installieren Sie Gateway Doctor dort (die Programme des Labors werden mitgeliefert), oder geben Sie ihr Verzeichnis mit --lab-helpers an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debian: apt-get install nginx.</source>
        <translation>Debian: apt-get install nginx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debian: apt-get install curl.</source>
        <translation>Debian: apt-get install curl.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>The lab host is not connected.</source>
        <translation>Der Labor-Host ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unexpected answer from the lab&apos;s helper.</source>
        <translation>Unerwartete Antwort vom Hilfsprogramm des Labors.</translation>
    </message>
</context>
<context>
    <name>LabRuntime</name>
    <message>
        <location filename="../../app/lab/LabRuntime.cpp" line="+24"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 did not start.</source>
        <translation>%1 ist nicht gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended right after its start.</source>
        <translation>%1 wurde direkt nach dem Start beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not say &quot;%2&quot; within %3 ms.</source>
        <translation>%1 hat nicht innerhalb von %3 ms &quot;%2&quot; ausgegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+19"/>
        <source>The lab has no service called %1.</source>
        <translation>Das Labor hat keinen Dienst namens %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>nginx is not running: there is nothing to reload.</source>
        <translation>nginx läuft nicht: Es gibt nichts neu zu laden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx refused the new configuration and keeps the old one.</source>
        <translation>nginx hat die neue Konfiguration abgelehnt und behält die alte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx did not confirm the reload within 5 s.</source>
        <translation>nginx hat das Neuladen nicht innerhalb von 5 s bestätigt.</translation>
    </message>
</context>
<context>
    <name>ListeningSockets</name>
    <message>
        <location filename="../../app/probes/ListeningSockets.cpp" line="+292"/>
        <location line="+44"/>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LocationMatcher</name>
    <message>
        <location filename="../../app/config/LocationMatcher.cpp" line="+178"/>
        <source>&quot;%1&quot; is not a URL with a host, like http://example.org/path.</source>
        <translation>&quot;%1&quot; ist keine URL mit einem Host, wie http://example.org/path.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No server block listens on port %1%2.</source>
        <translation>Kein server-Block lauscht auf Port %1%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server_name &quot;%1&quot; matches the host exactly (%2).</source>
        <translation>server_name &quot;%1&quot; passt genau auf den Host (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wildcard server_name &quot;%1&quot; matches the host (%2).</source>
        <translation>Der Platzhalter-server_name &quot;%1&quot; passt auf den Host (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The regular expression server_name &quot;%1&quot; matches the host (%2).</source>
        <translation>Der server_name mit regulärem Ausdruck &quot;%1&quot; passt auf den Host (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server_name matches &quot;%1&quot;: the default_server for %2 answers (%3).</source>
        <translation>Kein server_name passt auf &quot;%1&quot;: Der default_server für %2 antwortet (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No server_name matches &quot;%1&quot;: the first server listening on %2 answers (%3).</source>
        <translation>Kein server_name passt auf &quot;%1&quot;: Der erste server, der auf %2 lauscht, antwortet (%3).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The exact location &quot;= %1&quot; matches (%2).</source>
        <translation>Die exakte location &quot;= %1&quot; passt (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest matching prefix is &quot;^~ %1&quot;, which skips the regular expressions (%2).</source>
        <translation>Das längste passende Präfix ist &quot;^~ %1&quot;, das die regulären Ausdrücke überspringt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest matching prefix is &quot;%1&quot; and no regular expression location matches (%2).</source>
        <translation>Das längste passende Präfix ist &quot;%1&quot;, und keine location mit regulärem Ausdruck passt (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first matching regular expression is &quot;%1&quot; (%2).</source>
        <translation>Der erste passende reguläre Ausdruck ist &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No location in this server matches &quot;%1&quot;.</source>
        <translation>Keine location in diesem server passt auf &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>MaxChildrenAdvice</name>
    <message>
        <location filename="../../app/checks/MaxChildrenAdvice.cpp" line="+12"/>
        <source>under 1 MiB</source>
        <translation>unter 1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The pool&apos;s %1 running children use %2 together, about %3 each. With %4 available, the pool can safely use %5 (%6% of what is available plus what it already uses), room for about %7 children of that size.</source>
        <translation>Die %1 laufenden Kindprozesse des Pools belegen zusammen %2, etwa %3 pro Prozess. Bei %4 verfügbarem Speicher kann der Pool gefahrlos %5 nutzen (%6% des verfügbaren Speichers plus das, was er schon belegt), Platz für etwa %7 Kindprozesse dieser Größe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pm.max_children is %1: when the pool is busy, %1 children would need about %2, more than is safe. Lower it to %3, so that a burst of requests waits in the queue instead of pushing the server into swap or the out-of-memory killer.</source>
        <translation>pm.max_children ist %1: Wenn der Pool ausgelastet ist, bräuchten %1 Kindprozesse etwa %2, mehr als sicher ist. Senken Sie den Wert auf %3, damit ein Ansturm von Anfragen in der Warteschlange wartet, statt den Server in den Swap oder zum Out-of-Memory-Killer zu treiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memory is almost exhausted even for one child: look at what else uses it.</source>
        <translation>Der Speicher reicht kaum noch für einen einzigen Kindprozess: Prüfen Sie, was ihn sonst belegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pm.max_children is already %1: memory leaves no room for more.</source>
        <translation>pm.max_children ist bereits %1: Der Speicher lässt keinen Platz für mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise pm.max_children from %1 to %2.</source>
        <translation>Erhöhen Sie pm.max_children von %1 auf %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory would allow %1, but more than %2 times the current value in one step is better reached in stages, watching CPU load as well.</source>
        <translation>Der Speicher würde %1 erlauben, aber mehr als das %2-Fache des aktuellen Werts erreicht man besser schrittweise statt auf einmal und beobachtet dabei auch die CPU-Last.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>listen.backlog is %1: while every child is busy, the kernel queues only about %2 more connection(s) for the pool and turns the rest away (on a unix socket at once: nginx logs &quot;11: Resource temporarily unavailable&quot; and answers 502), however many children there are. Raise it to %3 so that a burst waits for a free child instead.</source>
        <translation>listen.backlog ist %1: Solange alle Kindprozesse beschäftigt sind, reiht der Kernel nur etwa %2 weitere Verbindung(en) für den Pool ein und weist den Rest ab (bei einem Unix-Socket sofort: nginx protokolliert &quot;11: Resource temporarily unavailable&quot; und antwortet mit 502), egal wie viele Kindprozesse es gibt. Erhöhen Sie den Wert auf %3, damit ein Ansturm stattdessen auf einen freien Kindprozess wartet.</translation>
    </message>
</context>
<context>
    <name>NginxConfig</name>
    <message>
        <location filename="../../app/config/NginxConfig.cpp" line="+66"/>
        <source>The included file %1 is not part of the configuration we read.</source>
        <translation>Die eingebundene Datei %1 gehört nicht zu der Konfiguration, die gelesen wurde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The configuration expands to more than %1 directives here (files including each other?); the rest is not read.</source>
        <translation>Die Konfiguration wächst hier auf mehr als %1 Direktiven an (Dateien, die sich gegenseitig einbinden?); der Rest wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Includes are nested more than %1 levels deep here; the rest is not read.</source>
        <translation>Includes sind hier mehr als %1 Ebenen tief verschachtelt; der Rest wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Include cycle: %1 is included again while it is being read; nginx cannot load this.</source>
        <translation>Include-Zyklus: %1 wird erneut eingebunden, während es noch gelesen wird; nginx kann das nicht laden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The output of nginx -T contains no configuration file.</source>
        <translation>Die Ausgabe von nginx -T enthält keine Konfigurationsdatei.</translation>
    </message>
</context>
<context>
    <name>NginxDuration</name>
    <message>
        <location filename="../../app/config/NginxDuration.cpp" line="+83"/>
        <source>&quot;%1&quot; is not a valid nginx time. Use a number with a unit, like 60s, 2m, 1h30m or 500ms.</source>
        <translation>&quot;%1&quot; ist keine gültige nginx-Zeitangabe. Verwenden Sie eine Zahl mit Einheit, etwa 60s, 2m, 1h30m oder 500ms.</translation>
    </message>
</context>
<context>
    <name>NginxRuntime</name>
    <message>
        <location filename="../../app/facts/NginxRuntime.cpp" line="+39"/>
        <source>nginx was not found on this machine.</source>
        <translation>nginx wurde auf diesem Rechner nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>NginxSize</name>
    <message>
        <location filename="../../app/config/NginxSize.cpp" line="+21"/>
        <source>&quot;%1&quot; is not a valid nginx size. Use a number of bytes, optionally with k, m or g, like 16k or 1m.</source>
        <translation>&quot;%1&quot; ist keine gültige nginx-Größe. Verwenden Sie eine Anzahl Bytes, optional mit k, m oder g, etwa 16k oder 1m.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a valid number of buffers.</source>
        <translation>&quot;%1&quot; ist keine gültige Anzahl von Puffern.</translation>
    </message>
</context>
<context>
    <name>NginxTokenizer</name>
    <message>
        <location filename="../../app/config/NginxTokenizer.cpp" line="+167"/>
        <source>The Lua block that starts here is not closed before the end of the file.</source>
        <translation>Der hier beginnende Lua-Block wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unexpected &quot;%1&quot; right after a quoted string.</source>
        <translation>Unerwartetes &quot;%1&quot; direkt nach einer Zeichenkette in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unexpected &quot;%1&quot; without a directive name.</source>
        <translation>Unerwartetes &quot;%1&quot; ohne Direktivennamen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The directive &quot;%1&quot; is not terminated by &quot;;&quot;.</source>
        <translation>Die Direktive &quot;%1&quot; wird nicht mit &quot;;&quot; abgeschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected &quot;}&quot;.</source>
        <translation>Unerwartetes &quot;}&quot;.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A quoted string is not closed before the end of the file.</source>
        <translation>Eine Zeichenkette in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directive &quot;%1&quot; is not terminated by &quot;;&quot; before the end of the file.</source>
        <translation>Die Direktive &quot;%1&quot; wird vor dem Dateiende nicht mit &quot;;&quot; abgeschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The block &quot;%1&quot; that starts here is not closed before the end of the file (missing &quot;}&quot;).</source>
        <translation>Der hier beginnende Block &quot;%1&quot; wird vor dem Dateiende nicht geschlossen (fehlendes &quot;}&quot;).</translation>
    </message>
</context>
<context>
    <name>OldLogLinesFault</name>
    <message>
        <location filename="../../app/lab/OldLogLinesFault.cpp" line="+40"/>
        <source>old lines from another site in the error log</source>
        <translation>alte Zeilen einer anderen Website im Fehlerprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a red herring: nothing to fix there</source>
        <translation>eine falsche Fährte: Dort gibt es nichts zu korrigieren</translation>
    </message>
</context>
<context>
    <name>PathModeFault</name>
    <message>
        <location filename="../../app/lab/PathModeFault.cpp" line="+29"/>
        <source>%1: the lab has no %2</source>
        <translation>%1: %2 fehlt im Labor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not have the mode it was given.</source>
        <translation>%1 hat nicht die Zugriffsrechte, die ihm gegeben wurden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nginx&apos;s workers (%1) may pass %2</source>
        <translation>die Worker von nginx (%1) dürfen auf %2 zugreifen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mode %1</source>
        <translation>Rechte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mode %1, owner uid %2, group gid %3: %4 may not %5 it</source>
        <translation>Rechte %1, Besitzer-UID %2, Gruppen-GID %3: %4 hat kein Recht zum %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect to</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>PhpFpmPoolConfig</name>
    <message>
        <location filename="../../app/config/PhpFpmPoolConfig.cpp" line="+64"/>
        <source>A section header without &quot;]&quot;.</source>
        <translation>Ein Abschnittskopf ohne &quot;]&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A line that is neither a section nor &quot;key = value&quot;.</source>
        <translation>Eine Zeile, die weder ein Abschnitt noch &quot;key = value&quot; ist.</translation>
    </message>
</context>
<context>
    <name>PhpFpmPoolEdit</name>
    <message>
        <location filename="../../app/fixes/PhpFpmPoolEdit.cpp" line="+93"/>
        <source>php-fpm would refuse this: pm.min_spare_servers(%1) and pm.max_spare_servers(%2) cannot be greater than pm.max_children(%3). Lower the spare servers first, or keep pm.max_children at %4 or more.</source>
        <translation>php-fpm würde dies ablehnen: pm.min_spare_servers(%1) und pm.max_spare_servers(%2) dürfen nicht größer als pm.max_children(%3) sein. Senken Sie zuerst die Spare-Server oder belassen Sie pm.max_children bei %4 oder mehr.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>pm.max_children must be between 1 and %1; %2 is not.</source>
        <translation>pm.max_children muss zwischen 1 und %1 liegen; %2 liegt nicht dazwischen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listen.backlog must be between 1 and %1; %2 is not.</source>
        <translation>listen.backlog muss zwischen 1 und %1 liegen; %2 liegt nicht dazwischen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no [%2] pool section.</source>
        <translation>%1 hat keinen Pool-Abschnitt [%2].</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gateway Doctor could not work out a safe edit of %1. Please set pm.max_children = %2 in [%3] by hand.</source>
        <translation>Gateway Doctor konnte keine sichere Änderung von %1 ermitteln. Bitte setzen Sie pm.max_children = %2 in [%3] von Hand.</translation>
    </message>
</context>
<context>
    <name>PhpFpmStatusProbe</name>
    <message>
        <location filename="../../app/probes/PhpFpmStatusProbe.cpp" line="+35"/>
        <source>the status page did not answer in time: its request waited behind busy children</source>
        <translation>die Statusseite hat nicht rechtzeitig geantwortet: Ihre Anfrage wartete hinter beschäftigten Kindprozessen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not ask the pool: %1</source>
        <translation>der Pool konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pool answered %1 to its status path%2</source>
        <translation>der Pool hat auf seinem Statuspfad %1 geantwortet%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the page at the status path is not PHP-FPM&apos;s status page</source>
        <translation>die Seite unter dem Statuspfad ist nicht die Statusseite von PHP-FPM</translation>
    </message>
</context>
<context>
    <name>PoolLiveStatus</name>
    <message>
        <location filename="../../app/checks/PoolLiveStatus.cpp" line="+8"/>
        <source>active %1 of pm.max_children %2</source>
        <translation>aktiv %1 von pm.max_children %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>active %1</source>
        <translation>aktiv %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>, idle %1, total %2</source>
        <translation>, im Leerlauf %1, gesamt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, listen queue %1 (most %2, backlog %3)</source>
        <translation>, Listen-Warteschlange %1 (Höchststand %2, Backlog %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, listen queue not reported (unix socket)</source>
        <translation>, Listen-Warteschlange nicht gemeldet (Unix-Socket)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, max children reached once since start</source>
        <translation>, max children seit dem Start einmal erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, max children reached %1 times since start</source>
        <translation>, max children seit dem Start %1-mal erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, slow requests %1</source>
        <translation>, langsame Anfragen %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Its status page did not answer within a few seconds: the request waited behind busy children, as nginx&apos;s do.</source>
        <translation>Seine Statusseite hat nicht innerhalb weniger Sekunden geantwortet: Die Anfrage wartete hinter beschäftigten Kindprozessen, so wie die von nginx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its status page now: %1.</source>
        <translation>Seine Statusseite jetzt: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>pool %1: %2</source>
        <translation>Pool %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To see the pool&apos;s load live (active children, the queue, how often it hit pm.max_children), give it a status page: add `%1` to [%2] in %3 and reload php-fpm. To read it in a browser from this machine only: `location = /fpm-status { allow 127.0.0.1; allow ::1; deny all; include fastcgi_params; fastcgi_param SCRIPT_NAME /fpm-status; fastcgi_param SCRIPT_FILENAME /fpm-status; fastcgi_pass %4; }` in the server block, then nginx -t and a reload. Until then the only record is php-fpm&apos;s log line &quot;server reached pm.max_children&quot;.</source>
        <translation>Um die Last des Pools live zu sehen (aktive Kindprozesse, die Warteschlange, wie oft pm.max_children erreicht wurde), geben Sie ihm eine Statusseite: Fügen Sie `%1` zu [%2] in %3 hinzu und laden Sie php-fpm neu. Um sie nur von diesem Rechner aus im Browser zu lesen: `location = /fpm-status { allow 127.0.0.1; allow ::1; deny all; include fastcgi_params; fastcgi_param SCRIPT_NAME /fpm-status; fastcgi_param SCRIPT_FILENAME /fpm-status; fastcgi_pass %4; }` im server-Block, dann nginx -t und ein Neuladen. Bis dahin ist die einzige Aufzeichnung die Protokollzeile von php-fpm &quot;server reached pm.max_children&quot;.</translation>
    </message>
</context>
<context>
    <name>PoolRemedy</name>
    <message>
        <location filename="../../app/checks/PoolRemedy.cpp" line="+62"/>
        <source>There is no memory figure for pool %1&apos;s children (none is running, or ps could not be read), so pm.max_children stays %2 here; `gateway-doctor fix max-children --pool %1` measures it when it runs.</source>
        <translation>Für die Kindprozesse von Pool %1 gibt es keine Speicherangabe (keiner läuft, oder ps konnte nicht gelesen werden), daher bleibt pm.max_children hier %2; `gateway-doctor fix max-children --pool %1` misst den Speicherbedarf, wenn es läuft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pm.max_children %1 -&gt; %2 for pool %3</source>
        <translation>pm.max_children %1 -&gt; %2 für Pool %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen.backlog %1 -&gt; %2 for pool %3</source>
        <translation>listen.backlog %1 -&gt; %2 für Pool %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>php-fpm&apos;s own test of the changed pool</source>
        <translation>eigener Test von php-fpm für den geänderten Pool</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restart %1: a reload keeps the listening socket and its old backlog</source>
        <translation>%1 neu starten: Ein Neuladen behält den lauschenden Socket und seinen alten Backlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reload %1, so the pool may start its new children</source>
        <translation>%1 neu laden, damit der Pool seine neuen Kindprozesse starten kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>php-fpm&apos;s graceful reload</source>
        <translation>sanftes Neuladen von php-fpm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then restart this php-fpm (master pid %1) the way it was started: a reload keeps the listening socket and its old backlog.</source>
        <translation>Starten Sie dann dieses php-fpm (Master-PID %1) so neu, wie es gestartet wurde: Ein Neuladen behält den lauschenden Socket und seinen alten Backlog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then test the pool with php-fpm -t and restart php-fpm: no running master of this pool was found to do it for you.</source>
        <translation>Testen Sie dann den Pool mit php-fpm -t und starten Sie php-fpm neu: Es wurde kein laufender Master dieses Pools gefunden, der das für Sie erledigen könnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raise pool %1&apos;s pm.max_children from %2 to %3 and its listen.backlog to %4.</source>
        <translation>Erhöhen Sie pm.max_children von Pool %1 von %2 auf %3 und sein listen.backlog auf %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise pool %1&apos;s pm.max_children from %2 to %3.</source>
        <translation>Erhöhen Sie pm.max_children von Pool %1 von %2 auf %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise pool %1&apos;s listen.backlog to %2.</source>
        <translation>Erhöhen Sie listen.backlog von Pool %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <location filename="../../app/lab/PracticeSession.cpp" line="+146"/>
        <source>Not connected to the lab host.</source>
        <translation>Nicht mit dem Labor-Host verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not marked as a practice lab. Practice breaks things on purpose, so over SSH it only runs on a host where an admin created %2 (see the README: sudo mkdir -p /etc/gateway-doctor &amp;&amp; echo lab | sudo tee %2).</source>
        <translation>%1 ist nicht als Übungslabor gekennzeichnet. Die Übung macht absichtlich Dinge kaputt, daher läuft sie über SSH nur auf einem Host, auf dem ein Admin %2 angelegt hat (siehe README: sudo mkdir -p /etc/gateway-doctor &amp;&amp; echo lab | sudo tee %2).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The mode is guided, practice or exam, not &quot;%1&quot;.</source>
        <translation>Der Modus ist guided, practice oder exam, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <location line="+538"/>
        <source>open() first</source>
        <translation>zuerst open()</translation>
    </message>
    <message>
        <location line="-763"/>
        <source>There is no scenario &quot;%1&quot; (gateway-doctor practice list).</source>
        <translation>Es gibt kein Szenario &quot;%1&quot; (gateway-doctor practice list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run here: %2</source>
        <translation>%1 kann hier nicht laufen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A practice lab already runs in %1: finish it with gateway-doctor practice stop.</source>
        <translation>In %1 läuft bereits ein Übungslabor: Beenden Sie es mit gateway-doctor practice stop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove an earlier lab in %1</source>
        <translation>Ein früheres Labor in %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown fault in %1</source>
        <translation>unbekannter Fehler in %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lab&apos;s supervisor did not start: %1</source>
        <translation>Der Supervisor des Labors ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleaning up after a failed start</source>
        <translation>Aufräumen nach einem fehlgeschlagenen Start</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the URL answered %1, not %2</source>
        <translation>die URL hat %1 geantwortet, nicht %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the log %1 has no line with &quot;%2&quot;</source>
        <translation>das Protokoll %1 hat keine Zeile mit &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fault did not break the lab as designed, so it was undone: %1.</source>
        <translation>Der Fehler hat das Labor nicht wie vorgesehen gestört, daher wurde er zurückgenommen: %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the lab started; the URL answered %1</source>
        <translation>das Labor wurde gestartet; die URL hat %1 geantwortet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No practice lab runs in %1 (gateway-doctor practice start ID).</source>
        <translation>In %1 läuft kein Übungslabor (gateway-doctor practice start ID).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the running lab</source>
        <translation>das laufende Labor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown fault in the running lab</source>
        <translation>unbekannter Fehler im laufenden Labor</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>made a backup: %1</source>
        <translation>Sicherung erstellt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No hints in an exam.</source>
        <translation>Im Examen gibt es keine Hinweise.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hint %1 (%2): %3</source>
        <translation>Hinweis %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The lab has ended (%1): gateway-doctor practice stop.</source>
        <translation>Das Labor ist beendet (%1): gateway-doctor practice stop.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answers %2 with the app&apos;s own page, %3 times in a row</source>
        <translation>%1 antwortet %3-mal hintereinander mit %2 und der eigenen Seite der App</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %1</source>
        <translation>%1 von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probe %1 of %2: %3</source>
        <translation>Testanfrage %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>probe %1 of %2: 200, but not the app&apos;s page (%3)</source>
        <translation>Testanfrage %1 von %2: 200, aber nicht die Seite der App (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx -t passes</source>
        <translation>nginx -t ist erfolgreich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing was deleted to hide the symptom</source>
        <translation>es wurde nichts gelöscht, um das Symptom zu verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cause was named (%1)</source>
        <translation>die Ursache wurde genannt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name it: gateway-doctor practice answer CAUSE</source>
        <translation>nennen Sie sie: gateway-doctor practice answer CAUSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you named %1</source>
        <translation>Sie haben %1 genannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checked: fixed</source>
        <translation>geprüft: behoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checked: not yet (%1)</source>
        <translation>geprüft: noch nicht (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>applied the reference fix (practice solve)</source>
        <translation>Referenzkorrektur angewendet (practice solve)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a cause code (or &quot;none&quot;).</source>
        <translation>&quot;%1&quot; ist kein Ursachencode (oder &quot;none&quot;).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>named the cause: %1</source>
        <translation>Ursache genannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named the cause: %1, from &quot;%2&quot;</source>
        <translation>Ursache genannt: %1, aus &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lab has no service %1 (it has: %2).</source>
        <translation>Das Labor hat keinen Dienst %1 (es hat: %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>service takes start, stop, restart or reload, not %1</source>
        <translation>service erwartet start, stop, restart oder reload, nicht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: failed (%3)</source>
        <translation>%1 %2: fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>nginx -t before every reload</source>
        <translation>nginx -t vor jedem Neuladen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>you did not reload nginx</source>
        <translation>Sie haben nginx nicht neu geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>nginx accepted all %n reload(s)</source>
        <translation>
            <numerusform>nginx hat das Neuladen akzeptiert</numerusform>
            <numerusform>nginx hat alle %n Neuladevorgänge akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>nginx refused %n reload(s): nginx -t would have said why first</source>
        <translation>
            <numerusform>nginx hat ein Neuladen abgelehnt: nginx -t hätte vorher den Grund genannt</numerusform>
            <numerusform>nginx hat %n Neuladevorgänge abgelehnt: nginx -t hätte vorher den Grund genannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>reload rather than restart nginx</source>
        <translation>nginx neu laden statt neu starten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>nginx was not running when you started</source>
        <translation>nginx lief nicht, als Sie angefangen haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was restarted: a reload keeps serving while it switches</source>
        <translation>nginx wurde neu gestartet: Beim Neuladen beantwortet nginx während des Umschaltens weiter Anfragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>a backup before editing a config file</source>
        <translation>eine Sicherung vor dem Bearbeiten einer Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no config file was edited</source>
        <translation>es wurde keine Konfigurationsdatei bearbeitet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no backup of %1</source>
        <translation>keine Sicherung von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>only the files the fix needs were changed</source>
        <translation>nur die Dateien, die die Korrektur braucht, wurden geändert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no file was changed</source>
        <translation>es wurde keine Datei geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also changed: %1</source>
        <translation>ebenfalls geändert: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not end the lab</source>
        <translation>Das Labor konnte nicht beendet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still there</source>
        <translation>%1 ist noch vorhanden</translation>
    </message>
</context>
<context>
    <name>ProbeError</name>
    <message>
        <location filename="../../app/probes/ListeningSockets.cpp" line="-241"/>
        <source>ss failed (exit code %1).</source>
        <translation>ss ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../../app/probes/ProbeError.cpp" line="+32"/>
        <source>%1 printed nothing.</source>
        <translation>%1 hat nichts ausgegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output of %1 is not text; it cannot be read.</source>
        <translation>Die Ausgabe von %1 ist kein Text; sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output of %1 has an unexpected format.</source>
        <translation>Die Ausgabe von %1 hat ein unerwartetes Format.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not installed on that machine.</source>
        <translation>%1 ist auf diesem Rechner nicht installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs root privileges (sudo) to answer.</source>
        <translation>%1 braucht root-Rechte (sudo), um zu antworten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused to build the command: %1.</source>
        <translation>Das Zusammensetzen des Befehls wurde verweigert: %1.</translation>
    </message>
</context>
<context>
    <name>ProcessTable</name>
    <message>
        <location filename="../../app/probes/ProcessTable.cpp" line="+94"/>
        <source>ps failed (exit code %1).</source>
        <translation>ps ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <location filename="../../remote/SshChannel.cpp" line="+13"/>
        <source>Could not open an SSH channel.</source>
        <translation>Es konnte kein SSH-Kanal geöffnet werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server refused to open a command channel.</source>
        <translation>Der Server hat es abgelehnt, einen Befehlskanal zu öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused to run the command.</source>
        <translation>Der Server hat es abgelehnt, den Befehl auszuführen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The command was killed by signal %1.</source>
        <translation>Der Befehl wurde durch Signal %1 beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server ended the command without an exit status.</source>
        <translation>Der Server hat den Befehl ohne Exit-Status beendet.</translation>
    </message>
    <message>
        <location filename="../../remote/SshRunnerPool.cpp" line="+161"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ReportChanges</name>
    <message>
        <location filename="../../ui/report/ReportChanges.cpp" line="+21"/>
        <source>## What was changed</source>
        <translation>## Was geändert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>File: `%1`</source>
        <translation>Datei: `%1`</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>The URL answered %1 before and %2 after.</source>
        <translation>Die URL hat vorher %1 und danach %2 geantwortet.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Backup: `%1`</source>
        <translation>Sicherung: `%1`</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Datei: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Sicherung: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../../app/report/ReportHtml.cpp" line="+62"/>
        <location line="+2"/>
        <source>Gateway Doctor report: %1</source>
        <translation>Gateway-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing URL</source>
        <translation>Fehlschlagende URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed</source>
        <translation>Diagnostiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Root cause</source>
        <translation>Eigentliche Ursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation>Kein Problem gefunden: nginx und seine Upstreams sehen gesund aus.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Follows from %1.</source>
        <translation>Folgt aus %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream:</source>
        <translation>Upstream:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(step %1)</source>
        <translation>(Schritt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../ui/report/ReportChanges.cpp" line="+23"/>
        <source>The six steps</source>
        <translation>Die sechs Schritte</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>exit %1, %2 ms</source>
        <translation>Exit-Code %1, %2 ms</translation>
    </message>
</context>
<context>
    <name>ReportMarkdown</name>
    <message>
        <location filename="../../app/report/ReportMarkdown.cpp" line="+13"/>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ fail</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! could not check</source>
        <translation>! nicht prüfbar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What matters: `%1`</source>
        <translation>Entscheidend: `%1`</translation>
    </message>
    <message>
        <location line="+25"/>
        <source># Gateway Doctor report: %1</source>
        <translation># Gateway-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- nginx: %1 (`%2`), %3</source>
        <translation>- nginx: %1 (`%2`), %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Configuration: `%1`</source>
        <translation>- Konfiguration: `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Failing URL: &lt;%1&gt;</source>
        <translation>- Fehlschlagende URL: &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Diagnosed: %1 (%2 ms)</source>
        <translation>- Diagnostiziert: %1 (%2 ms)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Root cause</source>
        <translation>## Eigentliche Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation>Kein Problem gefunden: nginx und seine Upstreams sehen gesund aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follows from `%1`.</source>
        <translation>Folgt aus `%1`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream: `%1`</source>
        <translation>Upstream: `%1`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**What to do:** %1</source>
        <translation>**Was zu tun ist:** %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(step %1)</source>
        <translation>(Schritt %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportChanges.cpp" line="-12"/>
        <source>## The six steps</source>
        <translation>## Die sechs Schritte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exit %1, %2 ms</source>
        <translation>Exit-Code %1, %2 ms</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="+20"/>
        <source>Gateway Doctor report: %1</source>
        <translation>Gateway-Doctor-Bericht: %1</translation>
    </message>
</context>
<context>
    <name>ResolvConf</name>
    <message>
        <location filename="../../app/probes/ResolvConf.cpp" line="+22"/>
        <source>%1 could not be read (exit code %2).</source>
        <translation>%1 konnte nicht gelesen werden (Exit-Code %2).</translation>
    </message>
</context>
<context>
    <name>RouteLookup</name>
    <message>
        <location filename="../../app/probes/RouteLookup.cpp" line="+30"/>
        <source>ip route get failed (exit code %1).</source>
        <translation>ip route get ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>SelinuxFault</name>
    <message>
        <location filename="../../app/lab/SelinuxFault.cpp" line="+24"/>
        <source>getsebool does not know %1 here.</source>
        <translation>getsebool kennt %1 hier nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>setsebool failed</source>
        <translation>setsebool ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is not off.</source>
        <translation>%1 ist nicht ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SELinux lets nginx connect to the network (%1)</source>
        <translation>SELinux erlaubt nginx Verbindungen ins Netzwerk (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>getsebool did not answer</source>
        <translation>getsebool hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>SelinuxState</name>
    <message>
        <location filename="../../app/probes/SelinuxState.cpp" line="+72"/>
        <source>getsebool failed (exit code %1).</source>
        <translation>getsebool ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>ServiceFault</name>
    <message>
        <location filename="../../app/lab/ServiceFault.cpp" line="+23"/>
        <source>%1 still runs after it was stopped.</source>
        <translation>%1 läuft noch, obwohl der Dienst gestoppt wurde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ended (exit status %1); start it again: gateway-doctor practice service start %2</source>
        <translation>beendet (Exit-Status %1); erneut starten mit: gateway-doctor practice service start %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not running</source>
        <translation>läuft nicht</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <location filename="../../remote/ShellQuote.cpp" line="+44"/>
        <source>No command was given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation>Ein Argument enthält ein NUL-Byte, das kein Befehl empfangen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An argument contains a line break; it was refused so that it cannot end the command early on the remote shell.</source>
        <translation>Ein Argument enthält einen Zeilenumbruch; es wurde abgelehnt, damit es den Befehl in der entfernten Shell nicht vorzeitig beenden kann.</translation>
    </message>
</context>
<context>
    <name>SshConnector</name>
    <message>
        <location filename="../../remote/SshConnector.cpp" line="+57"/>
        <source>Could not create an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung erstellt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>Der Servername &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not turn off reading the SSH configuration.</source>
        <translation>Das Einlesen der SSH-Konfiguration konnte nicht abgeschaltet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the SSH configuration file.</source>
        <translation>Die SSH-Konfigurationsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not turn on strict host key checking.</source>
        <translation>Die strenge Prüfung des Host-Schlüssels konnte nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not set the connection timeout to %1 s.</source>
        <translation>Das Verbindungs-Timeout konnte nicht auf %1 s gesetzt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not disable Nagle&apos;s algorithm (TCP_NODELAY).</source>
        <translation>Der Nagle-Algorithmus (TCP_NODELAY) konnte nicht abgeschaltet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user name &quot;%1&quot; is not valid.</source>
        <translation>Der Benutzername &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port %1 is not valid.</source>
        <translation>Der Port %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The known_hosts path %1 is not valid.</source>
        <translation>Der known_hosts-Pfad %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The global known_hosts path %1 is not valid.</source>
        <translation>Der globale known_hosts-Pfad %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server name &quot;%1&quot; could not be found (DNS). Check the spelling, or use an IP address.</source>
        <translation>Der Servername &quot;%1&quot; wurde nicht gefunden (DNS). Prüfen Sie die Schreibweise oder verwenden Sie eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the connection: no SSH server is listening there. Check the port and that sshd is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht kein SSH-Server. Prüfen Sie den Port und ob sshd läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be reached from this computer (no route). Check the address and your network or VPN.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar (keine Route). Prüfen Sie die Adresse und Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer within %2 seconds. A firewall may be dropping the connection, or the server is down.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Möglicherweise verwirft eine Firewall die Verbindung, oder der Server ist ausgefallen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1.</source>
        <translation>Es konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>WARNING: the identity (host key) of %1 has CHANGED since it was saved in %2. Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled. Gateway Doctor will not connect. If you know why the key changed, remove the old key with &quot;ssh-keygen -R %3&quot; and connect again. New key: %4 %5.</source>
        <translation>WARNUNG: Die Identität (Host-Schlüssel) von %1 hat sich GEÄNDERT, seit sie in %2 gespeichert wurde. Möglicherweise fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), oder der Server wurde neu installiert. Gateway Doctor stellt keine Verbindung her. Wenn Sie wissen, warum sich der Schlüssel geändert hat, entfernen Sie den alten Schlüssel mit &quot;ssh-keygen -R %3&quot; und verbinden Sie sich erneut. Neuer Schlüssel: %4 %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the known_hosts file %1.</source>
        <translation>Die known_hosts-Datei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent no host key.</source>
        <translation>Der Server hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute the host key fingerprint.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is the first connection to %1: its identity cannot be verified yet. Its host key fingerprint is %2 (%3). Compare it with the one your server administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) before trusting it.</source>
        <translation>Dies ist die erste Verbindung zu %1: Die Identität des Servers lässt sich noch nicht überprüfen. Der Fingerabdruck seines Host-Schlüssels ist %2 (%3). Vergleichen Sie ihn mit dem, den Ihnen Ihr Serveradministrator nennt (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub auf dem Server), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The connection was lost during login.</source>
        <translation>Die Verbindung ging während der Anmeldung verloren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key %1 is protected by a passphrase. Enter it to continue.</source>
        <translation>Der Schlüssel %1 ist durch eine Passphrase geschützt. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase for the key %1 is wrong.</source>
        <translation>Die Passphrase für den Schlüssel %1 ist falsch.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key file %1 could not be read.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your SSH key is protected by a passphrase. Enter it to continue.</source>
        <translation>Ihr SSH-Schlüssel ist durch eine Passphrase geschützt. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the password for %2.</source>
        <translation>%1 hat das Passwort für %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the key %2 for user %3. Check that its public key is in ~%3/.ssh/authorized_keys on the server%4.</source>
        <translation>%1 hat den Schlüssel %2 für den Benutzer %3 nicht akzeptiert. Prüfen Sie, ob der zugehörige öffentliche Schlüssel auf dem Server in ~%3/.ssh/authorized_keys steht%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, or log in with a password</source>
        <translation>, oder melden Sie sich mit einem Passwort an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not accept any of your SSH keys for user %2.</source>
        <translation>%1 hat keinen Ihrer SSH-Schlüssel für den Benutzer %2 akzeptiert.</translation>
    </message>
</context>
<context>
    <name>StatusIcon</name>
    <message>
        <location filename="../../ui/widgets/StatusIcon.cpp" line="+46"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
</context>
<context>
    <name>SudoPrompt</name>
    <message>
        <location filename="../../remote/SudoPrompt.cpp" line="+106"/>
        <source>This step needs root privileges, but sudo is not installed on the machine. Run Gateway Doctor as root, or install and configure sudo.</source>
        <translation>Dieser Schritt braucht root-Rechte, aber sudo ist auf dem Rechner nicht installiert. Führen Sie Gateway Doctor als root aus, oder installieren und konfigurieren Sie sudo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sudo did not run the command (exit code %1).</source>
        <translation>sudo hat den Befehl nicht ausgeführt (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sudo on this machine is configured with &quot;requiretty&quot;, so it refuses to run commands from a program. Ask an administrator to remove &quot;Defaults requiretty&quot; for your user (visudo), or connect as root.</source>
        <translation>sudo ist auf diesem Rechner mit &quot;requiretty&quot; konfiguriert und lehnt daher Befehle ab, die ein Programm ausführt. Bitten Sie einen Administrator, &quot;Defaults requiretty&quot; für Ihren Benutzer zu entfernen (visudo), oder verbinden Sie sich als root.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your user is not allowed to use sudo on this machine, and this step needs root privileges. Connect as a user with sudo rights, or as root.</source>
        <translation>Ihr Benutzer darf sudo auf diesem Rechner nicht verwenden, und dieser Schritt braucht root-Rechte. Verbinden Sie sich als Benutzer mit sudo-Rechten oder als root.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sudo password was not accepted. Check it and try again.</source>
        <translation>Das sudo-Passwort wurde nicht akzeptiert. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step needs root privileges: enter your sudo password to continue.</source>
        <translation>Dieser Schritt braucht root-Rechte: Geben Sie Ihr sudo-Passwort ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>SystemdUnitState</name>
    <message>
        <location filename="../../app/probes/SystemdUnitState.cpp" line="+76"/>
        <source>exited with status %1</source>
        <translation>beendet mit Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 beendet (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dumped core (signal %1)</source>
        <translation>Core-Dump erstellt (Signal %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dumped core (signal %1, %2)</source>
        <translation>Core-Dump erstellt (Signal %1, %2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>systemd is not running on that machine (typical for containers); services are checked through their processes instead.</source>
        <translation>systemd läuft auf diesem Rechner nicht (typisch für Container); Dienste werden stattdessen über ihre Prozesse geprüft.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>systemctl failed (exit code %1).</source>
        <translation>systemctl ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../../app/cli/TargetOptions.cpp" line="+15"/>
        <source>Diagnose a server over SSH instead of this computer.</source>
        <translation>Einen Server über SSH diagnostizieren statt dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH private key file to log in with.</source>
        <translation>Private SSH-Schlüsseldatei für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust and save the server&apos;s host key on the first connection (never a changed key).</source>
        <translation>Den Host-Schlüssel des Servers bei der ersten Verbindung vertrauen und speichern (niemals einen geänderten Schlüssel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the sudo password from the first line of standard input.</source>
        <translation>Das sudo-Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the nginx binary (default: found in PATH).</source>
        <translation>Pfad der nginx-Programmdatei (Standard: in PATH gesucht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow an upstream on another host there over SSH and run step 1 on it (repeatable): ADDR is the upstream address in nginx&apos;s config.</source>
        <translation>Einem Upstream auf einem anderen Host dorthin über SSH folgen und dort Schritt 1 ausführen (mehrfach angebbar): ADDR ist die Upstream-Adresse in der nginx-Konfiguration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH private key file for the upstream hosts.</source>
        <translation>Private SSH-Schlüsseldatei für die Upstream-Hosts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known_hosts file for the upstream hosts (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei für die Upstream-Hosts (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main nginx configuration file (default: nginx -V&apos;s conf path).</source>
        <translation>Haupt-Konfigurationsdatei von nginx (Standard: der conf-Pfad aus nginx -V).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--upstream-host takes ADDR=[user@]host[:port], such as 10.0.0.5=deploy@app1, not &quot;%1&quot;.</source>
        <translation>--upstream-host erwartet ADDR=[user@]host[:port], etwa 10.0.0.5=deploy@app1, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--upstream-identity and --upstream-known-hosts only make sense with --upstream-host.</source>
        <translation>--upstream-identity und --upstream-known-hosts sind nur zusammen mit --upstream-host sinnvoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--identity only makes sense with --ssh.</source>
        <translation>--identity ist nur zusammen mit --ssh sinnvoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an absolute path (it is a path on the target machine).</source>
        <translation>%1 muss ein absoluter Pfad sein (es ist ein Pfad auf dem Zielrechner).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the sudo password from stdin.</source>
        <translation>Das sudo-Passwort konnte nicht von stdin gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../../app/report/TranscriptText.cpp" line="+13"/>
        <source>[… %1 more characters]</source>
        <translation>[… %1 weitere Zeichen]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># could not run: %1</source>
        <translation># konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># exit %1, %2 ms</source>
        <translation># Exit-Code %1, %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># stderr:</source>
        <translation># stderr:</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../ui/texts/WizardTexts.cpp" line="+21"/>
        <source>Where does nginx answer 502 or 504?</source>
        <translation>Wo antwortet nginx mit 502 oder 504?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway Doctor walks the six steps an experienced admin would take, shows every command it runs, and explains what it finds. Nothing is changed without asking you first.</source>
        <translation>Gateway Doctor geht die sechs Schritte, die ein erfahrener Admin gehen würde, zeigt jeden Befehl, den es ausführt, und erklärt, was es findet. Nichts wird geändert, ohne Sie vorher zu fragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;server over SSH</source>
        <translation>Ein &amp;Server über SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice on a lab</source>
        <translation>Im Übungs&amp;labor üben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sandbox nginx on this computer, broken on purpose as the scenario says. Find the cause with the wizard, fix it, and get a debrief. The system&apos;s own nginx is never touched.</source>
        <translation>Ein Sandbox-nginx auf diesem Computer, absichtlich so defekt, wie das Szenario es beschreibt. Finden Sie die Ursache mit dem Assistenten, beheben Sie sie und erhalten Sie eine Nachbesprechung. Das nginx des Systems wird nie angetastet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional. With the failing address, Gateway Doctor finds the server block and location that handle it, and tries it through nginx.</source>
        <translation>Optional. Mit der fehlschlagenden Adresse findet Gateway Doctor den server-Block und den location-Block, die sie bearbeiten, und ruft sie über nginx auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent servers are remembered without passwords or passphrases. Secrets you type are kept in memory for this session only.</source>
        <translation>Zuletzt verwendete Server werden ohne Passwörter und Passphrasen gespeichert. Was Sie an Geheimnissen eingeben, bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A host name, an address or an alias from ~/.ssh/config. User, port and key default to what your SSH configuration says.</source>
        <translation>Ein Hostname, eine Adresse oder ein Alias aus ~/.ssh/config. Benutzer, Port und Schlüssel richten sich standardmäßig nach Ihrer SSH-Konfiguration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is this really your server?</source>
        <translation>Ist das wirklich Ihr Server?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has never connected to &lt;b&gt;%1&lt;/b&gt; before, so it cannot tell yet whether the server that answered is really yours. Servers prove who they are with a &lt;i&gt;host key&lt;/i&gt;; this one presented the key below.&lt;br&gt;&lt;br&gt;Compare the fingerprint with the one your hosting provider or colleague gives you (on the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;). Trust it only if they match.</source>
        <translation>Dieser Computer war noch nie mit &lt;b&gt;%1&lt;/b&gt; verbunden und kann daher noch nicht erkennen, ob der Server, der geantwortet hat, wirklich Ihrer ist. Server weisen sich mit einem &lt;i&gt;Host-Schlüssel&lt;/i&gt; aus; dieser hat den unten stehenden Schlüssel vorgelegt.&lt;br&gt;&lt;br&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Hosting-Anbieter oder Ihr Kollege nennt (auf dem Server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;). Vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop: the server&apos;s identity has changed</source>
        <translation>Stopp: Die Identität des Servers hat sich geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; presented a different host key from the one this computer saw before. Either the server was reinstalled, or someone is intercepting the connection and could read every password and command.&lt;br&gt;&lt;br&gt;Gateway Doctor will not connect. Ask whoever runs the server whether its key changed. If it did, remove the old entry with &lt;tt&gt;ssh-keygen -R %2&lt;/tt&gt; and connect again.</source>
        <translation>Der Server unter &lt;b&gt;%1&lt;/b&gt; hat einen anderen Host-Schlüssel vorgelegt als den, den dieser Computer zuvor gesehen hat. Entweder wurde der Server neu installiert, oder jemand fängt die Verbindung ab und könnte jedes Passwort und jeden Befehl mitlesen.&lt;br&gt;&lt;br&gt;Gateway Doctor stellt keine Verbindung her. Fragen Sie die Person, die den Server betreibt, ob sich sein Schlüssel geändert hat. Falls ja, entfernen Sie den alten Eintrag mit &lt;tt&gt;ssh-keygen -R %2&lt;/tt&gt; und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key %1 is protected by a passphrase.</source>
        <translation>Der Schlüssel %1 ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for the password of %2.</source>
        <translation>Der Server %1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks read files only root may read (logs, the full nginx configuration). Gateway Doctor runs them through sudo; sudo on %1 asks for your password.</source>
        <translation>Einige Prüfungen lesen Dateien, die nur root lesen darf (Protokolle, die vollständige nginx-Konfiguration). Gateway Doctor führt sie über sudo aus; sudo auf %1 fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is kept in memory for this session only and never written to disk.</source>
        <translation>Es bleibt nur für diese Sitzung im Speicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some checks on this page could not run because they need root and sudo wants a password.</source>
        <translation>Einige Prüfungen auf dieser Seite konnten nicht laufen, weil sie root-Rechte brauchen und sudo ein Passwort verlangt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is there</source>
        <translation>Was vorhanden ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, Gateway Doctor finds nginx, reads its configuration and logs, and looks at what listens and runs. Every command it runs is shown on the step it belongs to.</source>
        <translation>Zuerst findet Gateway Doctor nginx, liest dessen Konfiguration und Protokolle und sieht nach, was lauscht und läuft. Jeder ausgeführte Befehl wird bei dem Schritt angezeigt, zu dem er gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet: connect on the start page first.</source>
        <translation>Noch nicht geprüft: Verbinden Sie sich zuerst auf der Startseite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step holds the most likely root cause: %1.</source>
        <translation>Dieser Schritt enthält die wahrscheinlichste eigentliche Ursache: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely root cause is in step %1: %2.</source>
        <translation>Die wahrscheinlichste eigentliche Ursache liegt in Schritt %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the error log as read. Choose a group to see only its lines; follow shows new lines as nginx writes them.</source>
        <translation>Das Ende des Fehlerprotokolls, wie es gelesen wurde. Wählen Sie eine Gruppe, um nur deren Zeilen zu sehen; mit „Neue Zeilen verfolgen“ erscheinen neue Zeilen, sobald nginx sie schreibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server block that handles the failing URL, with the location nginx picks marked.</source>
        <translation>Der server-Block, der die fehlschlagende URL bearbeitet; der location-Block, den nginx wählt, ist markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the failing URL on the start page to see the server block and location that handle it.</source>
        <translation>Geben Sie auf der Startseite die fehlschlagende URL an, um den server-Block und den location-Block zu sehen, die sie bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective values where the failing URL (or each upstream) is handled: the innermost block that sets a directive wins, else nginx&apos;s default.</source>
        <translation>Wirksame Werte dort, wo die fehlschlagende URL (oder jeder Upstream) bearbeitet wird: Es gilt der innerste Block, der eine Direktive setzt, sonst der Standardwert von nginx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The actions for this step appear here.</source>
        <translation>Die Aktionen für diesen Schritt erscheinen hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;This upstream is PHP-FPM.&lt;/b&gt; Its own limits matter as much as nginx&apos;s: &lt;tt&gt;request_terminate_timeout&lt;/tt&gt; in the pool and &lt;tt&gt;max_execution_time&lt;/tt&gt; in php.ini must be at least as long as &lt;tt&gt;fastcgi_read_timeout&lt;/tt&gt;, and when every child is busy (&lt;tt&gt;pm.max_children&lt;/tt&gt; reached, see the PHP-FPM log) requests wait and time out. Restart PHP-FPM after changing its pool file.</source>
        <translation>&lt;b&gt;Dieser Upstream ist PHP-FPM.&lt;/b&gt; Seine eigenen Grenzen zählen genauso wie die von nginx: &lt;tt&gt;request_terminate_timeout&lt;/tt&gt; im Pool und &lt;tt&gt;max_execution_time&lt;/tt&gt; in php.ini müssen mindestens so lang sein wie &lt;tt&gt;fastcgi_read_timeout&lt;/tt&gt;, und wenn alle Kindprozesse beschäftigt sind (&lt;tt&gt;pm.max_children&lt;/tt&gt; erreicht, siehe PHP-FPM-Protokoll), warten Anfragen und laufen in ein Timeout. Starten Sie PHP-FPM neu, nachdem Sie seine Pool-Datei geändert haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the values below and Gateway Doctor writes them into the block nginx uses: you see the diff first, then it backs the file up, writes it, runs nginx -t, reloads nginx, checks the URL and puts everything back by itself if any of that fails. Leave a field empty to keep its current value.</source>
        <translation>Ändern Sie die Werte unten, und Gateway Doctor schreibt sie in den Block, den nginx verwendet: Sie sehen zuerst den Diff, dann sichert es die Datei, schreibt sie, führt nginx -t aus, lädt nginx neu, prüft die URL und stellt alles selbst wieder her, falls dabei etwas fehlschlägt. Lassen Sie ein Feld leer, um seinen aktuellen Wert zu behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefilled with the diagnosis&apos;s recommendation for this block.</source>
        <translation>Vorausgefüllt mit der Empfehlung der Diagnose für diesen Block.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnosis found no timeout or header problem here; prefilled with the guide&apos;s values (75 s timeouts, 8 16k buffers).</source>
        <translation>Die Diagnose hat hier kein Timeout- oder Header-Problem gefunden; vorausgefüllt mit den Werten des Leitfadens (75 s Timeouts, 8 16k Puffer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is exactly what will be written. Nothing has changed yet: confirm to back up, write, test and reload, or cancel.</source>
        <translation>Genau das wird geschrieben. Noch wurde nichts geändert: Bestätigen Sie, um zu sichern, zu schreiben, zu testen und neu zu laden, oder brechen Sie ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview only: nothing was written. Apply writes exactly this.</source>
        <translation>Nur Vorschau: Es wurde nichts geschrieben. „Anwenden“ schreibt genau dies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied and confirmed: the change is live and nginx&apos;s new workers run it.</source>
        <translation>Angewendet und bestätigt: Die Änderung ist aktiv, und die neuen Worker von nginx verwenden sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do: the configuration already has these values.</source>
        <translation>Nichts zu tun: Die Konfiguration hat diese Werte bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused, nothing was written: %1</source>
        <translation>Abgelehnt, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept, as you asked, but the site still fails: %1 The cause is elsewhere: look at the other findings.</source>
        <translation>Wie gewünscht beibehalten, aber die Website schlägt weiterhin fehl: %1 Die Ursache liegt woanders: Sehen Sie sich die anderen Befunde an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolled back: %1 The files were restored byte-identical, so the configuration nginx runs is the one from before.</source>
        <translation>Zurückgenommen: %1 Die Dateien wurden byte-identisch wiederhergestellt, nginx verwendet also wieder die Konfiguration von vorher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not finish: %1</source>
        <translation>Konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The values on this page are from before the change: check again to see what nginx uses now (and before another change, which is planned on what the diagnosis read).</source>
        <translation>Die Werte auf dieser Seite stammen von vor der Änderung: Klicken Sie auf „Erneut prüfen“, um zu sehen, was nginx jetzt verwendet (und vor einer weiteren Änderung, die auf dem beruht, was die Diagnose gelesen hat).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the application behind nginx (its systemd unit), wait until it runs again, then reload nginx: a reload keeps serving while it picks up the configuration.</source>
        <translation>Starten Sie die Anwendung hinter nginx neu (ihre systemd-Unit), warten Sie, bis sie wieder läuft, und laden Sie dann nginx neu: Beim Neuladen bedient nginx weiter Anfragen, während es die Konfiguration übernimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No systemd unit runs the upstream here. Restart the application the way it was started, then reload nginx.</source>
        <translation>Hier betreibt keine systemd-Unit den Upstream. Starten Sie die Anwendung so neu, wie sie gestartet wurde, und laden Sie dann nginx neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no service manager here. Run this on the server yourself:</source>
        <translation>Hier gibt es keinen Dienstmanager. Führen Sie dies selbst auf dem Server aus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the configuration with nginx -t and reload nginx; the reload counts only when new workers took over.</source>
        <translation>Testen Sie die Konfiguration mit nginx -t und laden Sie nginx neu; das Neuladen zählt erst, wenn neue Worker übernommen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load the failing URL about once a second for a while and follow the logs: a fix holds when it ends on a run of answers that are not 502, 503 or 504.</source>
        <translation>Rufen Sie die fehlschlagende URL eine Weile etwa einmal pro Sekunde auf und verfolgen Sie die Protokolle: Eine Korrektur hält, wenn am Ende eine Reihe von Antworten steht, die nicht 502, 503 oder 504 sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the failing URL on the start page to watch it here.</source>
        <translation>Geben Sie auf der Startseite die fehlschlagende URL an, um sie hier zu beobachten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fix holds: the last %1 answers in a row were not gateway errors.</source>
        <translation>Die Korrektur hält: Die letzten %1 Antworten in Folge waren keine Gateway-Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gateway errors, but %1 answers are too few to call it holding (%2 in a row are needed): watch longer.</source>
        <translation>Keine Gateway-Fehler, aber %1 Antworten sind zu wenige, um von einer haltenden Korrektur zu sprechen (%2 in Folge sind nötig): Beobachten Sie länger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fix does not hold yet: %1 of %2 answers were gateway errors or no answer. Look at the log lines below.</source>
        <translation>Die Korrektur hält noch nicht: %1 von %2 Antworten waren Gateway-Fehler oder blieben aus. Sehen Sie sich die Protokollzeilen unten an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change Gateway Doctor makes leaves a backup next to the file. Restoring one goes through the same steps as a change: the current file is backed up first, then tested, reloaded and checked.</source>
        <translation>Jede Änderung von Gateway Doctor hinterlässt eine Sicherung neben der Datei. Das Wiederherstellen einer Sicherung durchläuft dieselben Schritte wie eine Änderung: Die aktuelle Datei wird zuerst gesichert, dann wird getestet, neu geladen und geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backups of this configuration&apos;s files.</source>
        <translation>Keine Sicherungen der Dateien dieser Konfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory decides how many PHP-FPM children fit: %1</source>
        <translation>Der Arbeitsspeicher bestimmt, wie viele PHP-FPM-Kindprozesse passen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These commands will run, in this order. Nothing runs before you confirm.</source>
        <translation>Diese Befehle werden in dieser Reihenfolge ausgeführt. Nichts läuft, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed: the URL answers %1.</source>
        <translation>Behoben: Die URL antwortet mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: every step of the fix ran. No URL was given, so nothing checked that the site works now: diagnose again.</source>
        <translation>Fertig: Alle Schritte der Korrektur wurden ausgeführt. Es wurde keine URL angegeben, daher hat nichts geprüft, ob die Website jetzt funktioniert: Klicken Sie auf „Erneut diagnostizieren“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied, but the URL still answers %1: the cause is elsewhere — the change was rolled back.</source>
        <translation>Angewendet, aber die URL antwortet weiterhin mit %1: Die Ursache liegt woanders – die Änderung wurde zurückgenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The steps ran, but the URL still answers %1: the cause is elsewhere.</source>
        <translation>Die Schritte wurden ausgeführt, aber die URL antwortet weiterhin mit %1: Die Ursache liegt woanders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to carry out here: the fix lives in the application.</source>
        <translation>Hier gibt es nichts auszuführen: Die Korrektur liegt in der Anwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: nothing was written or run.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben oder ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The findings above are from before the fix: diagnose again to see where things stand now.</source>
        <translation>Die Befunde oben stammen von vor der Korrektur: Klicken Sie auf „Erneut diagnostizieren“, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor&apos;s findings stay hidden until you name the cause (Name the cause… at the top).</source>
        <translation>Die Befunde von Gateway Doctor bleiben verborgen, bis Sie die Ursache nennen (oben über „Ursache nennen…“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice: the doctor&apos;s verdicts are hidden until you name the cause (Name the cause… at the top). The evidence is all here: the commands, their output, the log and config lines.</source>
        <translation>Übung: Die Urteile von Gateway Doctor sind verborgen, bis Sie die Ursache nennen (oben über „Ursache nennen…“). Alle Belege sind hier: die Befehle, ihre Ausgabe, die Protokoll- und Konfigurationszeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden until you name the cause</source>
        <translation>Verborgen, bis Sie die Ursache nennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found: nginx and its upstreams look healthy.</source>
        <translation>Kein Problem gefunden: nginx und seine Upstreams sehen gesund aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the error log for a few minutes after a fix (&lt;tt&gt;tail -f&lt;/tt&gt; on the log named in step 2) and load the failing page again. If the errors come back under load, look at the application&apos;s own logs and limits: Gateway Doctor sees what nginx sees.</source>
        <translation>Beobachten Sie das Fehlerprotokoll nach einer Korrektur einige Minuten lang (&lt;tt&gt;tail -f&lt;/tt&gt; auf das in Schritt 2 genannte Protokoll) und laden Sie die fehlschlagende Seite erneut. Wenn die Fehler unter Last zurückkommen, sehen Sie sich die eigenen Protokolle und Grenzen der Anwendung an: Gateway Doctor sieht, was nginx sieht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 was lost. The results on screen are kept.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen. Die Ergebnisse auf dem Bildschirm bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx answers %1 to %2 now, after %3 s.</source>
        <translation>nginx antwortet jetzt mit %1 auf %2, nach %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx gives no answer to %1 now: %2</source>
        <translation>nginx gibt jetzt keine Antwort auf %1: %2</translation>
    </message>
</context>
<context>
    <name>gd::ActionPlan</name>
    <message>
        <location filename="../../app/fixes/ActionPlan.cpp" line="+72"/>
        <source>There is nothing to carry out here.</source>
        <translation>Hier gibt es nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The actions ran, but %1 still answers %2: the cause is elsewhere.</source>
        <translation>Die Aktionen wurden ausgeführt, aber %1 antwortet weiterhin mit %2: Die Ursache liegt woanders.</translation>
    </message>
</context>
<context>
    <name>gd::AppLogLocation</name>
    <message>
        <location filename="../../app/facts/AppLogLocation.cpp" line="+25"/>
        <source>the file its own setting names (%1)</source>
        <translation>die Datei, die seine eigene Einstellung nennt (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file its stderr goes to (/proc/%1/fd/2)</source>
        <translation>die Datei, in die sein stderr geht (/proc/%1/fd/2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its unit&apos;s journal (journalctl -u %1)</source>
        <translation>das Journal seiner Unit (journalctl -u %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file its stdout goes to (/proc/%1/fd/1)</source>
        <translation>die Datei, in die sein stdout geht (/proc/%1/fd/1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its stderr could not be seen (/proc/%1/fd/2 needs root)</source>
        <translation>sein stderr war nicht einsehbar (/proc/%1/fd/2 erfordert root)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its stderr goes to %1, which cannot be read back</source>
        <translation>sein stderr geht nach %1 und kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send its errors to a file (redirect its stderr) or run it as a systemd service, whose journal keeps them.</source>
        <translation>Leiten Sie seine Fehler in eine Datei um (stderr umleiten) oder betreiben Sie es als systemd-Dienst, dessen Journal sie aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a log: %1, or run it as a systemd service, whose journal keeps what it prints.</source>
        <translation>Geben Sie ihm ein Protokoll: %1, oder betreiben Sie es als systemd-Dienst, dessen Journal aufbewahrt, was es ausgibt.</translation>
    </message>
    <message>
        <location filename="../../app/facts/ParsedFacts.cpp" line="+419"/>
        <source>PHP-FPM&apos;s error_log</source>
        <translation>das error_log von PHP-FPM</translation>
    </message>
</context>
<context>
    <name>gd::AppServerSettings</name>
    <message>
        <location filename="../../app/checks/AppTimeline.cpp" line="+243"/>
        <location filename="../../app/probes/AppServerSettings.cpp" line="+11"/>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../../app/probes/AppServerSettings.cpp" line="+1"/>
        <source>built-in default</source>
        <translation>eingebauter Standardwert</translation>
    </message>
</context>
<context>
    <name>gd::AppTimeline</name>
    <message>
        <location filename="../../app/checks/AppTimeline.cpp" line="-134"/>
        <source>%1 log</source>
        <translation>%1-Protokoll</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not set: %1 s is its built-in default</source>
        <translation>nicht gesetzt: %1 s ist sein eingebauter Standardwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>set at %1</source>
        <translation>gesetzt in %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>set in its environment, %1</source>
        <translation>gesetzt in seiner Umgebung, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set on its %1</source>
        <translation>gesetzt in seiner %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s %2 (%3 s, %4)</source>
        <translation>%2 von %1 (%3 s, %4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the upstream</source>
        <translation>der Upstream</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>nginx lost the connection to %1 %n time(s) (last at %2); %3&apos;s own log at %4: &quot;%5&quot;.</source>
        <translation>
            <numerusform>nginx hat die Verbindung zu %1 einmal verloren (um %2); im eigenen Protokoll von %3 um %4: „%5“.</numerusform>
            <numerusform>nginx hat die Verbindung zu %1 %n-mal verloren (zuletzt um %2); im eigenen Protokoll von %3 um %4: „%5“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>then restart %1</source>
        <translation>starten Sie danach %1 neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then restart it (systemctl restart %1)</source>
        <translation>starten Sie es danach neu (systemctl restart %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then restart %1.</source>
        <translation>Starten Sie danach %1 neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then restart it (systemctl restart %1).</source>
        <translation>Starten Sie es danach neu (systemctl restart %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PHP-FPM pool %1&apos;s request_terminate_timeout (%2, %3)</source>
        <translation>request_terminate_timeout des PHP-FPM-Pools %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PHP-FPM&apos;s request_terminate_timeout</source>
        <translation>request_terminate_timeout von PHP-FPM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, the ExecStart of %1</source>
        <translation>, im ExecStart von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s own request time limit</source>
        <translation>das eigene Zeitlimit von %1 für Anfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended the request itself: it ran longer than %2, so %1 killed the worker and nginx saw the connection close and answered 502. %3</source>
        <translation>%1 hat die Anfrage selbst beendet: Sie lief länger als %2, daher hat %1 den Worker beendet; nginx hat gesehen, wie die Verbindung geschlossen wurde, und mit 502 geantwortet. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx would have waited longer (%1): its timeout is not the one that fired.</source>
        <translation>nginx hätte länger gewartet (%1): Nicht sein Timeout hat ausgelöst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the slow request is legitimate, raise %1&apos;s %2 (%3) above the time it needs, and keep it below nginx&apos;s %4 so that nginx&apos;s limit and the app&apos;s agree; otherwise make the request faster. Raising nginx&apos;s timeout alone changes nothing. %5</source>
        <translation>Wenn die langsame Anfrage berechtigt ist, erhöhen Sie den Wert %2 von %1 (%3) über die benötigte Zeit und halten Sie ihn unter dem %4 von nginx, damit die Grenzen von nginx und der Anwendung zusammenpassen; andernfalls machen Sie die Anfrage schneller. Nur das Timeout von nginx zu erhöhen, ändert nichts. %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on its command line or in its config</source>
        <translation>in seiner Befehlszeile oder seiner Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read timeout</source>
        <translation>Lese-Timeout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The kernel killed %1&apos;s worker (pid %2) for lack of memory while it served the request. %3</source>
        <translation>Der Kernel hat den Worker von %1 (PID %2) wegen Speichermangels beendet, während er die Anfrage bearbeitete. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the machine more memory or let %1 use less (fewer workers, smaller requests); %2.</source>
        <translation>Geben Sie dem Rechner mehr Arbeitsspeicher oder lassen Sie %1 weniger verbrauchen (weniger Worker, kleinere Anfragen); %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s worker crashed with a segmentation fault (SIGSEGV) while it served the request: a bug in the app, an extension or a library. %2</source>
        <translation>Der Worker von %1 ist mit einem Speicherzugriffsfehler (SIGSEGV) abgestürzt, während er die Anfrage bearbeitete: ein Fehler in der Anwendung, einer Erweiterung oder einer Bibliothek. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s worker (pid %2) was killed by %3 while it served the request: by its master for time, by the kernel for memory, or by someone. %4</source>
        <translation>Der Worker von %1 (PID %2) wurde durch %3 beendet, während er die Anfrage bearbeitete: von seinem Master wegen der Zeit, vom Kernel wegen des Speichers oder von jemand anderem. %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the request that crashes it (the time and request above) and fix the code or extension behind it; a core dump (coredumpctl) shows where. %1 restarts workers by itself, so other requests still work.</source>
        <translation>Finden Sie die Anfrage, die ihn zum Absturz bringt (Zeitpunkt und Anfrage oben), und beheben Sie den Code oder die Erweiterung dahinter; ein Core-Dump (coredumpctl) zeigt, wo. %1 startet Worker selbst neu, daher funktionieren andere Anfragen weiterhin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at what killed it at that time (journalctl -k for the kernel&apos;s OOM killer, the app&apos;s limits); %1.</source>
        <translation>Sehen Sie nach, was ihn zu diesem Zeitpunkt beendet hat (journalctl -k für den OOM-Killer des Kernels, die Grenzen der Anwendung); %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed on the request with an uncaught error (%2) and dropped the connection. %3</source>
        <translation>%1 ist bei der Anfrage an einem nicht abgefangenen Fehler (%2) gescheitert und hat die Verbindung getrennt. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see its log</source>
        <translation>siehe sein Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the error in the application (the traceback is in its log at %1); %2.</source>
        <translation>Beheben Sie den Fehler in der Anwendung (der Traceback steht in ihrem Protokoll um %1); %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that time</source>
        <translation>diese Zeit</translation>
    </message>
</context>
<context>
    <name>gd::ApplyFlow</name>
    <message>
        <location filename="../../ui/actions/ApplyFlow.cpp" line="+24"/>
        <source>C&amp;onfirm and apply</source>
        <translation>&amp;Bestätigen und anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change as a diff</source>
        <translation>Die Änderung als Diff</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up, write, test, reload and check the URL</source>
        <translation>Sichern, schreiben, testen, neu laden und die URL prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing (Escape)</source>
        <translation>Nichts schreiben (Escape)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Running &lt;tt&gt;%1&lt;/tt&gt;…</source>
        <translation>&lt;tt&gt;%1&lt;/tt&gt; wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not needed on this computer</source>
        <translation>auf diesem Computer nicht nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The URL answered &lt;b&gt;%1&lt;/b&gt; before and &lt;b&gt;%2&lt;/b&gt; after.</source>
        <translation>Die URL hat vorher &lt;b&gt;%1&lt;/b&gt; und danach &lt;b&gt;%2&lt;/b&gt; geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL answered &lt;b&gt;%1&lt;/b&gt; before the change.</source>
        <translation>Die URL hat vor der Änderung &lt;b&gt;%1&lt;/b&gt; geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Sicherung: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had already restored the backup by itself.</source>
        <translation>Der Server hatte die Sicherung bereits selbst wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The change now in the file:</source>
        <translation>Die Änderung, die jetzt in der Datei steht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change that was planned:</source>
        <translation>Die geplante Änderung:</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n command(s) ran after the edit; their output is below.</source>
        <translation>
            <numerusform>Ein Befehl wurde nach der Bearbeitung ausgeführt; seine Ausgabe steht unten.</numerusform>
            <numerusform>%n Befehle wurden nach der Bearbeitung ausgeführt; ihre Ausgabe steht unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n command(s) ran; their output is below.</source>
        <translation>
            <numerusform>Ein Befehl wurde ausgeführt; seine Ausgabe steht unten.</numerusform>
            <numerusform>%n Befehle wurden ausgeführt; ihre Ausgabe steht unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::BackupCatalog</name>
    <message>
        <location filename="../../app/fixes/BackupCatalog.cpp" line="+83"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not list the backups</source>
        <translation>Die Sicherungen konnten nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>gd::Cause</name>
    <message>
        <location filename="../../app/model/Cause.cpp" line="+21"/>
        <source>The upstream application is not running or not listening</source>
        <translation>Die Upstream-Anwendung läuft nicht oder lauscht nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing accepts connections where nginx sends requests, so every request fails at once.</source>
        <translation>Dort, wohin nginx Anfragen sendet, nimmt nichts Verbindungen an, daher scheitert jede Anfrage sofort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application behind %1 and keep it running.</source>
        <translation>Starten Sie die Anwendung hinter %1 und halten Sie sie am Laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx points at the wrong upstream address</source>
        <translation>nginx zeigt auf die falsche Upstream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application runs, but on another port, address or socket than the one in nginx&apos;s configuration.</source>
        <translation>Die Anwendung läuft, aber auf einem anderen Port, einer anderen Adresse oder einem anderen Socket als dem in der Konfiguration von nginx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the address in the nginx config match where the app listens.</source>
        <translation>Passen Sie die Adresse in der nginx-Konfiguration an die Adresse an, auf der die App lauscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx may not use the upstream&apos;s unix socket</source>
        <translation>nginx darf den Unix-Socket des Upstreams nicht verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s worker user lacks the permission to open the socket file or a directory above it.</source>
        <translation>Dem Worker-Benutzer von nginx fehlt das Recht, die Socket-Datei oder ein Verzeichnis darüber zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let nginx&apos;s worker user use the socket: set listen.owner/listen.group/listen.mode (0660) in the PHP-FPM pool, or the app&apos;s socket permissions, so that the worker&apos;s group may write to it.</source>
        <translation>Erlauben Sie dem Worker-Benutzer von nginx, den Socket zu verwenden: Setzen Sie listen.owner/listen.group/listen.mode (0660) im PHP-FPM-Pool oder die Socket-Rechte der App so, dass die Gruppe des Workers darauf schreiben darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A firewall blocks the way to the upstream</source>
        <translation>Eine Firewall blockiert den Weg zum Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A firewall rule rejects (502) or silently drops (504) nginx&apos;s connections to the upstream.</source>
        <translation>Eine Firewall-Regel weist die Verbindungen von nginx zum Upstream ab (502) oder verwirft sie stillschweigend (504).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow traffic from nginx to %1 in the firewall (or the cloud security group).</source>
        <translation>Erlauben Sie in der Firewall (oder der Cloud-Sicherheitsgruppe) den Verkehr von nginx zu %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux stops nginx from connecting</source>
        <translation>SELinux hindert nginx daran, sich zu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELinux&apos;s policy forbids the web server to open network connections to this port.</source>
        <translation>Die SELinux-Richtlinie verbietet dem Webserver, Netzwerkverbindungen zu diesem Port zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow nginx to connect to the network: setsebool -P httpd_can_network_connect 1.</source>
        <translation>Erlauben Sie nginx, sich mit dem Netzwerk zu verbinden: setsebool -P httpd_can_network_connect 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream&apos;s name cannot be resolved</source>
        <translation>Der Name des Upstreams lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx cannot turn the upstream&apos;s host name into an address, so it has nowhere to connect.</source>
        <translation>nginx kann den Hostnamen des Upstreams nicht in eine Adresse umwandeln und hat daher kein Verbindungsziel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the upstream name resolvable from the server, or add a `resolver` for variable proxy_pass targets.</source>
        <translation>Sorgen Sie dafür, dass der Server den Upstream-Namen auflösen kann, oder fügen Sie einen `resolver` für proxy_pass-Ziele mit Variablen hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upstream answers too slowly</source>
        <translation>Der Upstream antwortet zu langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application took longer to answer than nginx (or the app server itself) waits.</source>
        <translation>Die Anwendung hat länger für die Antwort gebraucht, als nginx (oder der App-Server selbst) wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the app answer faster, or raise the read timeout for this location.</source>
        <translation>Lassen Sie die App schneller antworten, oder erhöhen Sie das Lese-Timeout für diesen location-Block.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream drops or crashes on requests</source>
        <translation>Der Upstream bricht Anfragen ab oder stürzt dabei ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application closed or reset the connection before it answered: it crashed, was killed, or hit its own time limit.</source>
        <translation>Die Anwendung hat die Verbindung geschlossen oder zurückgesetzt, bevor sie geantwortet hat: Sie ist abgestürzt, wurde beendet oder hat ihr eigenes Zeitlimit erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at the app&apos;s own log for crashes, worker timeouts or memory kills at the same times, then restart it.</source>
        <translation>Suchen Sie im eigenen Protokoll der App zur selben Zeit nach Abstürzen, Worker-Timeouts oder wegen Speichermangels beendeten Prozessen, und starten Sie sie dann neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server runs out of a resource (memory, files, ports)</source>
        <translation>Dem Server geht eine Ressource aus (Speicher, Dateien, Ports)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine or a process ran out of memory, file descriptors or local ports.</source>
        <translation>Dem Rechner oder einem Prozess sind Speicher, Dateideskriptoren oder lokale Ports ausgegangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free the exhausted resource: memory (OOM kills), open files (worker_rlimit_nofile) or ports (upstream keepalive).</source>
        <translation>Beheben Sie den Engpass: Speicher (vom OOM-Killer beendete Prozesse), offene Dateien (worker_rlimit_nofile) oder Ports (keepalive im upstream).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PHP-FPM has no free worker</source>
        <translation>PHP-FPM hat keinen freien Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every PHP-FPM worker is busy and the pool&apos;s listen queue is full, so new connections are refused.</source>
        <translation>Alle PHP-FPM-Worker sind beschäftigt und die Listen-Warteschlange des Pools ist voll, daher werden neue Verbindungen abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise pm.max_children of the PHP-FPM pool if memory allows, or make requests faster.</source>
        <translation>Erhöhen Sie pm.max_children des PHP-FPM-Pools, wenn der Speicher es zulässt, oder machen Sie die Anfragen schneller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upstream&apos;s response header is too big for nginx&apos;s buffer</source>
        <translation>Der Antwort-Header des Upstreams ist zu groß für den Puffer von nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s response headers (often cookies) do not fit in nginx&apos;s header buffer.</source>
        <translation>Die Antwort-Header der Anwendung (oft Cookies) passen nicht in den Header-Puffer von nginx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise the buffer size for response headers for this location.</source>
        <translation>Erhöhen Sie die Puffergröße für Antwort-Header in diesem location-Block.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS between nginx and the upstream fails</source>
        <translation>TLS zwischen nginx und dem Upstream schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx and the upstream cannot agree on TLS: https:// to a plain port, a missing SNI name, or a certificate nginx does not accept.</source>
        <translation>nginx und der Upstream können sich nicht auf TLS einigen: https:// zu einem Port ohne TLS, ein fehlender SNI-Name oder ein Zertifikat, das nginx nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix TLS towards the upstream: http:// vs https://, proxy_ssl_server_name on, or the certificate settings.</source>
        <translation>Korrigieren Sie TLS zum Upstream: http:// oder https://, proxy_ssl_server_name on oder die Zertifikatseinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx and the upstream speak different protocols</source>
        <translation>nginx und der Upstream sprechen unterschiedliche Protokolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upstream&apos;s answer is not what nginx&apos;s pass directive expects (HTTP versus FastCGI, uwsgi or gRPC), or it is malformed.</source>
        <translation>Die Antwort des Upstreams entspricht nicht dem, was die pass-Direktive von nginx erwartet (HTTP gegenüber FastCGI, uwsgi oder gRPC), oder sie ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the pass directive that matches the upstream&apos;s protocol: proxy_pass for HTTP servers, fastcgi_pass for PHP-FPM.</source>
        <translation>Verwenden Sie die pass-Direktive, die zum Protokoll des Upstreams passt: proxy_pass für HTTP-Server, fastcgi_pass für PHP-FPM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every server of the upstream group is marked failed</source>
        <translation>Alle Server der Upstream-Gruppe sind als ausgefallen markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx stopped trying the group&apos;s servers for a while because each of them failed: a consequence of another cause.</source>
        <translation>nginx hat eine Zeit lang aufgehört, die Server der Gruppe zu versuchen, weil jeder von ihnen fehlgeschlagen ist: eine Folge einer anderen Ursache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix why the servers of %1 fail (the findings above); nginx marks them live again after fail_timeout.</source>
        <translation>Beheben Sie, warum die Server von %1 fehlschlagen (die Befunde oben); nginx markiert sie nach fail_timeout wieder als verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The nginx configuration is invalid</source>
        <translation>Die nginx-Konfiguration ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx -t rejects the configuration: a reload keeps the old one, a restart leaves nginx down.</source>
        <translation>nginx -t lehnt die Konfiguration ab: Ein Neuladen behält die alte, und nach einem Neustart startet nginx nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the configuration until nginx -t passes, then reload.</source>
        <translation>Korrigieren Sie die Konfiguration, bis nginx -t erfolgreich ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx is not running</source>
        <translation>nginx läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No nginx master process runs, so nothing answers on the site&apos;s ports.</source>
        <translation>Es läuft kein nginx-Master-Prozess, daher antwortet nichts auf den Ports der Website.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start nginx.</source>
        <translation>Starten Sie nginx.</translation>
    </message>
</context>
<context>
    <name>gd::CauseAnswerDialog</name>
    <message>
        <location filename="../../ui/practice/CauseAnswerDialog.cpp" line="+21"/>
        <source>Name the cause</source>
        <translation>Ursache nennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What breaks the site, and which line of evidence tells you? The doctor&apos;s verdicts open once you have answered.</source>
        <translation>Was legt die Website lahm, und welche Zeile der Belege zeigt es Ihnen? Die Urteile von Gateway Doctor werden sichtbar, sobald Sie geantwortet haben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cause…</source>
        <translation>Ursache wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: the site has no gateway fault</source>
        <translation>Keine: Die Website hat keinen Gateway-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence line</source>
        <translation>Nachweiszeile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a line from the error log (step 2), or type what you saw</source>
        <translation>eine Zeile aus dem Fehlerprotokoll (Schritt 2) oder was Sie gesehen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer</source>
        <translation>&amp;Antworten</translation>
    </message>
</context>
<context>
    <name>gd::ChangeCard</name>
    <message>
        <location filename="../../ui/widgets/ChangeCard.cpp" line="+44"/>
        <source>File: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Datei: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL answered %1 before and %2 after.</source>
        <translation>Die URL hat vorher %1 und danach %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Sicherung: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diff of %1</source>
        <translation>Diff von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
</context>
<context>
    <name>gd::Check</name>
    <message>
        <location filename="../../app/checks/ConfigChecks.cpp" line="+464"/>
        <source>nginx accepts its configuration (nginx -t)</source>
        <translation>nginx akzeptiert seine Konfiguration (nginx -t)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx runs the configuration files as saved</source>
        <translation>nginx verwendet die Konfigurationsdateien wie gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole configuration was read</source>
        <translation>Die ganze Konfiguration wurde gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each pass directive speaks the listener&apos;s protocol</source>
        <translation>Jede pass-Direktive spricht das Protokoll des lauschenden Dienstes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server block and location that handle the URL</source>
        <translation>Der server-Block und der location-Block, die die URL bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/checks/ErrorLogChecks.cpp" line="+568"/>
        <source>Read the end of each error log</source>
        <translation>Das Ende jedes Fehlerprotokolls lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error logs that are not files</source>
        <translation>Fehlerprotokolle, die keine Dateien sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream errors, grouped by cause and upstream</source>
        <translation>Upstream-Fehler, gruppiert nach Ursache und Upstream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s journal</source>
        <translation>Das Journal von nginx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app server&apos;s own log</source>
        <translation>Das eigene Protokoll des App-Servers</translation>
    </message>
    <message>
        <location filename="../../app/checks/HealthChecks.cpp" line="+474"/>
        <source>nginx is running</source>
        <translation>nginx läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services behind the upstreams stay up</source>
        <translation>Die Dienste hinter den Upstreams bleiben aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services&apos; journals show no crashes</source>
        <translation>Die Journale der Dienste zeigen keine Abstürze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No out-of-memory kills</source>
        <translation>Keine Prozesse wegen Speichermangels beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM has free workers</source>
        <translation>PHP-FPM hat freie Worker</translation>
    </message>
    <message>
        <location filename="../../app/checks/ReachabilityChecks.cpp" line="+457"/>
        <source>A connection to each upstream gets through</source>
        <translation>Eine Verbindung zu jedem Upstream kommt durch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upstream host names resolve</source>
        <translation>Hostnamen der Upstreams lassen sich auflösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolver that answers, for upstreams named at request time</source>
        <translation>Ein antwortender Resolver für Upstreams, die erst bei der Anfrage aufgelöst werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx&apos;s worker may use each unix socket</source>
        <translation>Der Worker von nginx darf jeden Unix-Socket verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local firewall lets nginx through</source>
        <translation>Die lokale Firewall lässt nginx durch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upstream on another host: route, port, and whether the host is up</source>
        <translation>Ein Upstream auf einem anderen Host: Route, Port und ob der Host erreichbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELinux lets nginx connect</source>
        <translation>SELinux erlaubt nginx Verbindungen</translation>
    </message>
    <message>
        <location filename="../../app/checks/TimeoutChecks.cpp" line="+553"/>
        <source>Effective timeouts and buffers, and what to change</source>
        <translation>Wirksame Timeouts und Puffer, und was zu ändern ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idle upstream connections: nginx lets them go before the app does</source>
        <translation>Ruhende Upstream-Verbindungen: nginx schließt sie vor der Anwendung</translation>
    </message>
    <message>
        <location filename="../../app/checks/UpstreamChecks.cpp" line="+522"/>
        <source>Something listens where nginx connects</source>
        <translation>Dort, wohin nginx sich verbindet, lauscht etwas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service that owns the upstream&apos;s socket</source>
        <translation>Der Dienst, dem der Socket des Upstreams gehört</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app server behind the upstream: its limits and its log</source>
        <translation>Der App-Server hinter dem Upstream: seine Grenzen und sein Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upstream answers a direct request</source>
        <translation>Der Upstream beantwortet eine direkte Anfrage</translation>
    </message>
</context>
<context>
    <name>gd::CheckCard</name>
    <message>
        <location filename="../../ui/widgets/CheckCard.cpp" line="+69"/>
        <source>Commands run (%1)</source>
        <translation>Ausgeführte Befehle (%1)</translation>
    </message>
</context>
<context>
    <name>gd::Cli</name>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="+107"/>
        <source>Gateway Doctor: find out why nginx answers 502 Bad Gateway / 504 Gateway Timeout, on this computer or a server over SSH, and fix it safely.

Without arguments the guided wizard opens.</source>
        <translation>Gateway Doctor: herausfinden, warum nginx mit 502 Bad Gateway / 504 Gateway Timeout antwortet, auf diesem Computer oder auf einem Server über SSH, und es sicher beheben.

Ohne Argumente öffnet sich der geführte Assistent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (each has --help); without a command the wizard opens.</source>
        <translation>%1 (jeder mit --help); ohne Befehl öffnet sich der Assistent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>gd::CommandJob</name>
    <message>
        <location filename="../../remote/CommandJob.cpp" line="+62"/>
        <location line="+44"/>
        <source>Not connected to the machine. Reconnect and try again.</source>
        <translation>Nicht mit dem Rechner verbunden. Verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not a program name: %1</source>
        <translation>Kein Programmname: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a valid environment variable name: %1</source>
        <translation>Kein gültiger Name für eine Umgebungsvariable: %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The program &quot;%1&quot; is not installed (or not in PATH) on %2.</source>
        <translation>Das Programm &quot;%1&quot; ist nicht installiert (oder nicht im PATH): %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program &quot;%1&quot; exists but could not be executed.</source>
        <translation>Das Programm &quot;%1&quot; ist vorhanden, konnte aber nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The command did not finish within %1 seconds and was stopped.</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 Sekunden fertig und wurde beendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command printed more than %1 MiB of errors and was stopped; the first %1 MiB are kept.</source>
        <translation>Der Befehl hat mehr als %1 MiB an Fehlermeldungen ausgegeben und wurde angehalten; die ersten %1 MiB sind erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command printed more than %1 MiB and was stopped; the first %1 MiB are kept.</source>
        <translation>Der Befehl hat mehr als %1 MiB ausgegeben und wurde angehalten; die ersten %1 MiB sind erhalten.</translation>
    </message>
</context>
<context>
    <name>gd::CommandLog</name>
    <message>
        <location filename="../../ui/actions/CommandLog.cpp" line="+20"/>
        <location line="+13"/>
        <source>Commands run (0)</source>
        <translation>Ausgeführte Befehle (0)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commands run (%1)</source>
        <translation>Ausgeführte Befehle (%1)</translation>
    </message>
</context>
<context>
    <name>gd::CommandView</name>
    <message>
        <location filename="../../ui/widgets/CommandView.cpp" line="+34"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exit %1 · %2 ms</source>
        <translation>Exit-Code %1 · %2 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>Befehlszeile kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Output (%n line(s))</source>
        <translation>
            <numerusform>Ausgabe (%n Zeile)</numerusform>
            <numerusform>Ausgabe (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ConfigBlockPanel</name>
    <message>
        <location filename="../../ui/panels/ConfigBlockPanel.cpp" line="+27"/>
        <source>The server block for the failing URL</source>
        <translation>Der server-Block für die fehlschlagende URL</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>nginx refuses its configuration (see below), so the route of %1 cannot be worked out.</source>
        <translation>nginx lehnt seine Konfiguration ab (siehe unten), daher lässt sich der Weg von %1 nicht ermitteln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration could not be read (%1), so the route of %2 cannot be worked out.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden (%1), daher lässt sich der Weg von %2 nicht ermitteln.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No server block of this configuration handles %1%2</source>
        <translation>Kein server-Block dieser Konfiguration bearbeitet %1%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is handled by the server block at &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird vom server-Block in &lt;tt&gt;%2&lt;/tt&gt; bearbeitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, location &lt;tt&gt;%1&lt;/tt&gt; (%2)</source>
        <translation>, location &lt;tt&gt;%1&lt;/tt&gt; (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, which passes it to &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>, der sie an &lt;tt&gt;%1&lt;/tt&gt; weitergibt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nginx says</source>
        <translation>nginx meldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx could not test its configuration as this user (it needs root to open its log and pid files); the files were read one by one instead.</source>
        <translation>nginx konnte seine Konfiguration als dieser Benutzer nicht testen (es braucht root, um seine Protokoll- und PID-Dateien zu öffnen); die Dateien wurden stattdessen einzeln gelesen.</translation>
    </message>
</context>
<context>
    <name>gd::ConfigChecks</name>
    <message>
        <location filename="../../app/checks/ConfigChecks.cpp" line="-399"/>
        <source>%1 was saved at %2, after nginx last loaded its configuration at %3: that change was never loaded.</source>
        <translation>%1 wurde um %2 gespeichert, nachdem nginx seine Konfiguration zuletzt um %3 geladen hat: Diese Änderung wurde nie geladen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nginx runs the configuration files as saved</source>
        <translation>nginx verwendet die Konfigurationsdateien wie gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When nginx loaded its configuration could not be read: %1</source>
        <translation>Wann nginx seine Konfiguration geladen hat, ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no worker age</source>
        <translation>kein Alter der Worker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx loaded its configuration at %1; no file was saved since, so it runs what is on disk.</source>
        <translation>nginx hat seine Konfiguration um %1 geladen; seitdem wurde keine Datei gespeichert, es verwendet also, was auf der Festplatte steht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (saved %2)</source>
        <translation>%1 (gespeichert %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>nginx loaded its configuration at %1, and %n file(s) were saved after that: %2. nginx does not run these changes yet (a change saved but never loaded); the files shown here are what the next reload will load, once nginx -t passes.</source>
        <translation>
            <numerusform>nginx hat seine Konfiguration um %1 geladen, und danach wurde eine Datei gespeichert: %2. nginx verwendet diese Änderung noch nicht (gespeichert, aber nie geladen); die hier gezeigten Dateien lädt das nächste Neuladen, sobald nginx -t erfolgreich ist.</numerusform>
            <numerusform>nginx hat seine Konfiguration um %1 geladen, und danach wurden %n Dateien gespeichert: %2. nginx verwendet diese Änderungen noch nicht (gespeichert, aber nie geladen); die hier gezeigten Dateien lädt das nächste Neuladen, sobald nginx -t erfolgreich ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole configuration was read</source>
        <translation>Die ganze Konfiguration wurde gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n error log(s) were not read, as this server has more than %1 (the URL&apos;s own were read first): %2</source>
        <translation>
            <numerusform>%n Fehlerprotokoll wurde nicht gelesen, da dieser Server mehr als %1 hat (die der URL wurden zuerst gelesen): %2</numerusform>
            <numerusform>%n Fehlerprotokolle wurden nicht gelesen, da dieser Server mehr als %1 hat (die der URL wurden zuerst gelesen): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n upstream address(es) were not probed, as the configuration names too many (the URL&apos;s own upstream was probed first).</source>
        <translation>
            <numerusform>%n Upstream-Adresse wurde nicht geprüft, da die Konfiguration zu viele nennt (der Upstream der URL wurde zuerst geprüft).</numerusform>
            <numerusform>%n Upstream-Adressen wurden nicht geprüft, da die Konfiguration zu viele nennt (der Upstream der URL wurde zuerst geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) with %1 directives were read; nothing was left out.</source>
        <translation>
            <numerusform>%n Datei mit %1 Direktiven wurde gelesen; nichts wurde ausgelassen.</numerusform>
            <numerusform>%n Dateien mit %1 Direktiven wurden gelesen; nichts wurde ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part of the configuration, or of what it names, was not read, so the other checks may not see everything:
%1</source>
        <translation>Ein Teil der Konfiguration oder dessen, was sie nennt, wurde nicht gelesen; die anderen Prüfungen sehen daher womöglich nicht alles:
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nginx accepts its configuration (nginx -t)</source>
        <translation>nginx akzeptiert seine Konfiguration (nginx -t)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t needs root on this machine (it opens nginx&apos;s pid and log files), so the configuration could not be validated. Give the sudo password (or connect as root) for this step. The configuration files were read one by one instead.</source>
        <translation>nginx -t braucht auf diesem Rechner root (es öffnet die PID- und Protokolldateien von nginx), daher konnte die Konfiguration nicht geprüft werden. Geben Sie für diesen Schritt das sudo-Passwort ein (oder verbinden Sie sich als root). Die Konfigurationsdateien wurden stattdessen einzeln gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run sudo nginx -t yourself, or give the sudo password and re-run the checks.</source>
        <translation>Führen Sie sudo nginx -t selbst aus, oder geben Sie das sudo-Passwort ein und wiederholen Sie die Prüfungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not run nginx -T: %1</source>
        <translation>nginx -T konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sudo nginx -t yourself and read what it says.</source>
        <translation>Führen Sie sudo nginx -t selbst aus und lesen Sie, was es meldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nginx -t reports the configuration valid.</source>
        <translation>nginx -t meldet die Konfiguration als gültig.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>nginx -t accepts the configuration, with %n warning(s).</source>
        <translation>
            <numerusform>nginx -t akzeptiert die Konfiguration, mit einer Warnung.</numerusform>
            <numerusform>nginx -t akzeptiert die Konfiguration, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read nginx -t&apos;s warnings below: each names the file:line to tidy up. They do not stop nginx.</source>
        <translation>Lesen Sie die Warnungen von nginx -t unten: Jede nennt die Datei:Zeile, die Sie bereinigen sollten. Sie halten nginx nicht an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix what nginx -t names (file:line), run nginx -t until it passes, then reload.</source>
        <translation>Beheben Sie, was nginx -t nennt (Datei:Zeile), führen Sie nginx -t aus, bis es erfolgreich ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx runs on the configuration it loaded earlier, so this is not why requests fail now: it will break the next reload or restart.</source>
        <translation>nginx läuft mit der Konfiguration, die es früher geladen hat, daher ist das nicht der Grund, warum Anfragen jetzt fehlschlagen: Es lässt das nächste Neuladen oder den nächsten Neustart scheitern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx refuses its configuration (nginx -t exit code %1).</source>
        <translation>nginx lehnt seine Konfiguration ab (nginx -t Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Fix the configuration until nginx -t passes, then reload.</source>
        <translation>Korrigieren Sie die Konfiguration, bis nginx -t erfolgreich ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nginx refuses its configuration: %1 (%2). While this is so, a reload keeps the old config and a restart leaves nginx down.</source>
        <translation>nginx lehnt seine Konfiguration ab: %1 (%2). Solange das so ist, behält ein Neuladen die alte Konfiguration, und nach einem Neustart startet nginx nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change line %1 of %2 as shown, run nginx -t until it passes, then reload.</source>
        <translation>Ändern Sie Zeile %1 von %2 wie gezeigt, führen Sie nginx -t aus, bis es erfolgreich ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nginx refuses its configuration: %1%2. While this is so, a reload keeps the old config and a restart leaves nginx down.</source>
        <translation>nginx lehnt seine Konfiguration ab: %1%2. Solange das so ist, behält ein Neuladen die alte Konfiguration, und nach einem Neustart startet nginx nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix %1 line %2, run nginx -t until it passes, then reload.</source>
        <translation>Korrigieren Sie %1 Zeile %2, führen Sie nginx -t aus, bis es erfolgreich ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx cannot resolve an upstream&apos;s host name at start-up: %1</source>
        <translation>nginx kann den Hostnamen eines Upstreams beim Start nicht auflösen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a name the server can resolve (check /etc/hosts and DNS with getent hosts NAME), or an IP address.</source>
        <translation>Verwenden Sie einen Namen, den der Server auflösen kann (prüfen Sie /etc/hosts und DNS mit getent hosts NAME), oder eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2) sends HTTP to %3, where PHP-FPM listens: PHP-FPM speaks FastCGI, so nginx gets no valid HTTP answer.</source>
        <translation>%1 (%2) sendet HTTP an %3, wo PHP-FPM lauscht: PHP-FPM spricht FastCGI, daher erhält nginx keine gültige HTTP-Antwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass requests to PHP-FPM with fastcgi_pass %1 and the FastCGI parameters, instead of proxy_pass.</source>
        <translation>Geben Sie Anfragen mit fastcgi_pass %1 und den FastCGI-Parametern an PHP-FPM weiter statt mit proxy_pass.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>speak FastCGI to PHP-FPM</source>
        <translation>mit PHP-FPM FastCGI sprechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Upstreams in the configuration</source>
        <translation>Upstreams in der Konfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the application in the location that should reach it: proxy_pass http://ADDRESS:PORT; (fastcgi_pass for PHP-FPM), then nginx -t and reload.</source>
        <translation>Nennen Sie die Anwendung im location-Block, der sie erreichen soll: proxy_pass http://ADDRESS:PORT; (fastcgi_pass für PHP-FPM), dann nginx -t und neu laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No proxy_pass, fastcgi_pass, uwsgi_pass, scgi_pass or grpc_pass was found: nginx serves everything itself.</source>
        <translation>Kein proxy_pass, fastcgi_pass, uwsgi_pass, scgi_pass oder grpc_pass gefunden: nginx liefert alles selbst aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where %1 goes</source>
        <translation>Wohin %1 geht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No server block of this configuration answers %1.</source>
        <translation>Kein server-Block dieser Konfiguration beantwortet %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the site a server block whose listen and server_name match %1, or check the URL&apos;s host and port.</source>
        <translation>Geben Sie der Website einen server-Block, dessen listen und server_name zu %1 passen, oder prüfen Sie Host und Port der URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It is passed to %1 (%2).</source>
        <translation>Die Anfrage wird an %1 weitergegeben (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This location does not pass requests to an upstream.</source>
        <translation>Dieser location-Block gibt keine Anfragen an einen Upstream weiter.</translation>
    </message>
</context>
<context>
    <name>gd::ConfigReloader</name>
    <message>
        <location filename="../../app/fixes/ConfigReloader.cpp" line="+20"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not list %1</source>
        <translation>%1 konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list %1: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>gd::ConfigRepair</name>
    <message>
        <location filename="../../app/checks/ConfigRepair.cpp" line="+176"/>
        <source>line %1 (%2) lacks the &apos;;&apos; that ends it; nginx noticed only at line %3.</source>
        <translation>In Zeile %1 (%2) fehlt das abschließende &apos;;&apos;; nginx hat das erst in Zeile %3 bemerkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end line %1 with &apos;;&apos;</source>
        <translation>Zeile %1 mit &apos;;&apos; abschließen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; on line %2 is not an nginx directive; it is one letter or two away from &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; in Zeile %2 ist keine nginx-Direktive; es unterscheidet sich nur in ein oder zwei Buchstaben von &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write %1 instead of %2</source>
        <translation>%1 statt %2 schreiben</translation>
    </message>
</context>
<context>
    <name>gd::ConnectFlow</name>
    <message>
        <location filename="../../ui/session/ConnectFlow.cpp" line="+38"/>
        <source>Connecting was cancelled.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 The secret was not saved there.</source>
        <translation>%1 Das Geheimnis wurde dort nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown host key.</source>
        <translation>Unbekannter Host-Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected: you did not confirm the host key of %1 (%2).</source>
        <translation>Nicht verbunden: Sie haben den Host-Schlüssel von %1 (%2) nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The %1 kept in the system keychain was not accepted; it has been removed from the keychain.</source>
        <translation>Das im System-Schlüsselbund gespeicherte Geheimnis (%1) wurde nicht akzeptiert; es wurde aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Asking instead.</source>
        <translation>%1 Stattdessen wird nachgefragt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>of your SSH key</source>
        <translation>Ihres SSH-Zugangs</translation>
    </message>
</context>
<context>
    <name>gd::Debrief</name>
    <message>
        <location filename="../../app/lab/Debrief.cpp" line="+166"/>
        <source>completed with the reference fix (practice solve): no score</source>
        <translation>mit der Referenzkorrektur abgeschlossen (practice solve): keine Punktzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not fixed: no score</source>
        <translation>nicht behoben: keine Punktzahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>named the cause right before the first change</source>
        <translation>Ursache vor der ersten Änderung richtig genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named the cause right, after changing things</source>
        <translation>Ursache richtig genannt, aber erst nach Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named the wrong cause (%1)</source>
        <translation>falsche Ursache genannt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hint %1: the question</source>
        <translation>Hinweis %1: die Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint %1: where to look</source>
        <translation>Hinweis %1: wo nachzusehen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint %1: the answer</source>
        <translation>Hinweis %1: die Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed check(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reload(s) nginx refused</source>
        <translation>
            <numerusform>%n von nginx abgelehntes Neuladen</numerusform>
            <numerusform>%n von nginx abgelehnte Neuladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>safe habit: %1</source>
        <translation>sichere Gewohnheit: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fixed within par (%1 min)</source>
        <translation>innerhalb der Richtzeit behoben (%1 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than twice par (%1 min)</source>
        <translation>mehr als die doppelte Richtzeit (%1 min)</translation>
    </message>
</context>
<context>
    <name>gd::DebriefPage</name>
    <message>
        <location filename="../../ui/practice/DebriefPage.cpp" line="+25"/>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debrief appears here when a practice run ends (Finish and debrief).</source>
        <translation>Die Nachbesprechung erscheint hier, wenn ein Übungsdurchlauf endet („Beenden und nachbesprechen“).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hand it in</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points · %3 · %4 min %5 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Punkte · %3 · %4 min %5 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fixed</source>
        <translation>nicht behoben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no debrief yet.</source>
        <translation>Es gibt noch keine Nachbesprechung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the debrief</source>
        <translation>Nachbesprechung speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>gd::DiagnoseCommand</name>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+32"/>
        <source>Diagnose why nginx answers 502/504: the six steps, then the findings with evidence and remedy.
Exit status: 0 no problem found, 1 problems found, 2 could not diagnose. With --url, other sites&apos; problems and errors that stopped are reported but do not count.</source>
        <translation>Diagnostiziert, warum nginx mit 502/504 antwortet: die sechs Schritte, dann die Befunde mit Nachweis und Abhilfe.
Exit-Status: 0 kein Problem gefunden, 1 Probleme gefunden, 2 Diagnose nicht möglich. Mit --url werden Probleme anderer Websites und Fehler, die aufgehört haben, gemeldet, zählen aber nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The URL that fails (picks the server, location and upstream).</source>
        <translation>Die fehlschlagende URL (bestimmt server, location und Upstream).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far back to read the logs (default 24h).</source>
        <translation>Wie weit zurück die Protokolle gelesen werden (Standard 24h).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --url: error-log lines older than this, while the URL answers well now, are history, not a live problem (default 15m).</source>
        <translation>Mit --url: Zeilen im Fehlerprotokoll, die älter sind, gelten als Vergangenheit und nicht als aktuelles Problem, wenn die URL jetzt fehlerfrei antwortet (Standard 15m).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as JSON (schema in README.md).</source>
        <translation>Den Bericht als JSON ausgeben (Schema in README.md).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--since takes a duration such as 30m, 6h or 2d, not &quot;%1&quot;.</source>
        <translation>--since erwartet eine Dauer wie 30m, 6h oder 2d, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--live-window takes a duration such as 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--live-window erwartet eine Dauer wie 5m oder 1h, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>gd::DiagnosisEngine</name>
    <message>
        <location filename="../../app/engine/DiagnosisEngine.cpp" line="+126"/>
        <source>first, what nginx -t refuses today: %1</source>
        <translation>zuerst, was nginx -t derzeit ablehnt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>check the changed configuration</source>
        <translation>die geänderte Konfiguration prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load it: %1</source>
        <translation>laden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>replay of saved facts</source>
        <translation>Wiedergabe gespeicherter Daten</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Looking at the upstreams&apos; own hosts</source>
        <translation>Die Hosts der Upstreams selbst werden untersucht</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Testing the suggested changes with nginx -t on a scratch copy</source>
        <translation>Vorgeschlagene Änderungen werden mit nginx -t an einer temporären Kopie getestet</translation>
    </message>
</context>
<context>
    <name>gd::DiscoveryPage</name>
    <message>
        <location filename="../../ui/pages/DiscoveryPage.cpp" line="+34"/>
        <source>Enter or double-click to open</source>
        <translation>Zum Öffnen Eingabetaste oder Doppelklick</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking at %1…</source>
        <translation>%1 wird untersucht…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done in %1 s: no problem found.</source>
        <translation>Fertig in %1 s: kein Problem gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in %1 s: one finding. The steps show what was checked and why.</source>
        <translation>Fertig in %1 s: ein Befund. Die Schritte zeigen, was geprüft wurde und warum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 findings. The steps show what was checked and why.</source>
        <translation>Fertig in %1 s: %2 Befunde. Die Schritte zeigen, was geprüft wurde und warum.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use by the running nginx</source>
        <translation>vom laufenden nginx verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, workers run as %1</source>
        <translation>ja, Worker laufen als %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sites (%1)</source>
        <translation>Websites (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no server_name)</source>
        <translation>(kein server_name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen %1</source>
        <translation>listen %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 (default)</source>
        <translation>80 (Standard)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upstreams (%1)</source>
        <translation>Upstreams (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> in location %1</source>
        <translation> in location %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server of upstream %1</source>
        <translation>server in upstream %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 read</source>
        <translation>%1, %2 gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error log</source>
        <translation>Fehlerprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error log outside a file</source>
        <translation>Fehlerprotokoll außerhalb einer Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM log</source>
        <translation>PHP-FPM-Protokoll</translation>
    </message>
</context>
<context>
    <name>gd::EditCycle</name>
    <message>
        <location filename="../../app/fixes/EditCycle.cpp" line="+105"/>
        <source>There is no nginx configuration to edit.</source>
        <translation>Es gibt keine nginx-Konfiguration zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+222"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>before the change: %1</source>
        <translation>vor der Änderung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL could not be probed before the change: %1</source>
        <translation>Die Testanfrage an die URL vor der Änderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is also included in %2, which gets the new values too.</source>
        <translation>%1 ist auch in %2 eingebunden; dort gelten die neuen Werte ebenfalls.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration already has these values: nothing to change.</source>
        <translation>Die Konfiguration hat diese Werte bereits: nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change was not confirmed: nothing was written.</source>
        <translation>Die Änderung wurde nicht bestätigt: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not back up %1</source>
        <translation>%1 konnte nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>restores the backup by itself in %1 s unless confirmed</source>
        <translation>stellt die Sicherung nach %1 s selbst wieder her, falls nicht bestätigt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed since it was read (someone else edited it): nothing was written. Run the diagnosis again.</source>
        <translation>%1 hat sich seit dem Lesen geändert (jemand anderes hat die Datei bearbeitet): Es wurde nichts geschrieben. Führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The service is not running: the new configuration takes effect when it starts.</source>
        <translation>Der Dienst läuft nicht: Die neue Konfiguration wird wirksam, wenn er startet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: not running</source>
        <translation>übersprungen: läuft nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new listen.backlog takes effect only when php-fpm restarts: a reload keeps its listening socket, created with the old backlog. Restart php-fpm (stop its master %1, then start it again).</source>
        <translation>Der neue listen.backlog wird erst wirksam, wenn php-fpm neu startet: Beim Neuladen bleibt sein lauschender Socket erhalten, der mit dem alten Backlog angelegt wurde. Starten Sie php-fpm neu (beenden Sie seinen Master-Prozess %1 und starten Sie ihn dann wieder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new workers: %1</source>
        <translation>neue Worker: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The URL could not be probed after the change: %1</source>
        <translation>Die Testanfrage an die URL nach der Änderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied, but %1 still answers %2: the cause is elsewhere.</source>
        <translation>Angewendet, aber %1 antwortet weiterhin mit %2: Die Ursache liegt woanders.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was undone.</source>
        <translation>Die Änderung wurde zurückgenommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was kept, as asked.</source>
        <translation>Die Änderung wurde wie gewünscht beibehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>after the change: %1</source>
        <translation>nach der Änderung: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 answered %2 after the change and %3 before it: the change made it worse, so it was undone.</source>
        <translation>%1 antwortete nach der Änderung mit %2 und davor mit %3: Die Änderung hat es verschlechtert und wurde daher zurückgenommen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The automatic rollback fired before the change was confirmed: the server restored the backup and reloaded nginx by itself.</source>
        <translation>Die automatische Rücknahme wurde ausgelöst, bevor die Änderung bestätigt war: Der Server hat die Sicherung selbst wiederhergestellt und nginx neu geladen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server restores the backup and reloads nginx by itself within %1 s.</source>
        <translation>Der Server stellt innerhalb von %1 s selbst die Sicherung wieder her und lädt nginx neu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not restore %1 from %2: %3</source>
        <translation>%1 konnte nicht aus %2 wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored byte-identical</source>
        <translation>byte-identisch wiederhergestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Could not reload nginx after restoring: %1</source>
        <translation>nginx konnte nach der Wiederherstellung nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the restored configuration is live</source>
        <translation>die wiederhergestellte Konfiguration ist aktiv</translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogChecks</name>
    <message>
        <location filename="../../app/checks/ErrorLogChecks.cpp" line="-492"/>
        <source>a NUL byte (\x00)</source>
        <translation>einem NUL-Byte (\x00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the byte %1, which a header may not hold</source>
        <translation>dem Byte %1, das in einem Header nicht vorkommen darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters a header may not hold</source>
        <translation>Zeichen, die in einem Header nicht vorkommen dürfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer-Encoding in the same response (one of them must go)</source>
        <translation>Transfer-Encoding in derselben Antwort (einer von beiden muss weg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second, duplicate line</source>
        <translation>einer zweiten, doppelten Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value nginx does not know</source>
        <translation>einem Wert, den nginx nicht kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invalid value</source>
        <translation>einem ungültigen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upstream</source>
        <translation>Der Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a response header nginx refuses</source>
        <translation>einen Antwort-Header, den nginx ablehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response header %1 with %2</source>
        <translation>den Antwort-Header %1 mit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 sent %2 (%n time(s)), so nginx refused the response and answered %3. That is a bug in the application: it speaks HTTP, but sends a header that HTTP does not allow.</source>
        <translation>
            <numerusform>%1 hat einmal %2 gesendet, daher hat nginx die Antwort abgelehnt und mit %3 geantwortet. Das ist ein Fehler in der Anwendung: Sie spricht HTTP, sendet aber einen Header, den HTTP nicht erlaubt.</numerusform>
            <numerusform>%1 hat %n-mal %2 gesendet, daher hat nginx die Antwort abgelehnt und mit %3 geantwortet. Das ist ein Fehler in der Anwendung: Sie spricht HTTP, sendet aber einen Header, den HTTP nicht erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the application so that its response headers are valid HTTP; nothing in nginx can fix this.</source>
        <translation>Korrigieren Sie die Anwendung, sodass ihre Antwort-Header gültiges HTTP sind; in nginx lässt sich das nicht beheben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the application (its code, framework or a proxy in it) so that it stops sending %1 with %2; nothing in nginx can fix this.</source>
        <translation>Korrigieren Sie die Anwendung (ihren Code, ihr Framework oder einen Proxy darin), sodass sie %1 mit %2 nicht mehr sendet; in nginx lässt sich das nicht beheben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check that the `resolver` at %1:%2 answers and knows the upstream&apos;s name (dig @ADDRESS NAME on this host); if it does not, point it at a DNS server that does.</source>
        <translation>Prüfen Sie, ob der `resolver` in %1:%2 antwortet und den Namen des Upstreams kennt (dig @ADDRESS NAME auf diesem Host); falls nicht, richten Sie ihn auf einen DNS-Server, der den Namen kennt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pool %1&apos;s listen.backlog is %2: while every child is busy the kernel refuses further connections at once, so more children alone would not stop the 502s.</source>
        <translation>Der listen.backlog von Pool %1 ist %2: Solange alle Kindprozesse beschäftigt sind, lehnt der Kernel weitere Verbindungen sofort ab; mehr Kindprozesse allein würden die 502-Fehler also nicht beenden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read the error log</source>
        <translation>Fehlerprotokoll lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No error log file was found in the configuration.</source>
        <translation>In der Konfiguration wurde keine Fehlerprotokolldatei gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx logs errors to %1, not to a file; see the journal check.</source>
        <translation>nginx protokolliert Fehler nach %1, nicht in eine Datei; siehe die Journal-Prüfung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give nginx an error log: error_log /var/log/nginx/error.log; in the http block, then nginx -t and reload.</source>
        <translation>Geben Sie nginx ein Fehlerprotokoll: error_log /var/log/nginx/error.log; im http-Block, dann nginx -t und neu laden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the end of %1</source>
        <translation>Ende von %1 lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can only be read as root. Give the sudo password (or run as root) so that this step can read it.</source>
        <translation>%1 kann nur als root gelesen werden. Geben Sie das sudo-Passwort ein (oder führen Sie das Programm als root aus), damit dieser Schritt die Datei lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read it yourself with sudo tail -n 200 %1, or give the sudo password and re-run the checks.</source>
        <translation>Lesen Sie die Datei selbst mit sudo tail -n 200 %1, oder geben Sie das sudo-Passwort ein und wiederholen Sie die Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Read the last %1 of %2 (%n line(s)); the rest of the file was not transferred.</source>
        <translation>
            <numerusform>Die letzten %1 von %2 gelesen (%n Zeile); der Rest der Datei wurde nicht übertragen.</numerusform>
            <numerusform>Die letzten %1 von %2 gelesen (%n Zeilen); der Rest der Datei wurde nicht übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error logs that are not files</source>
        <translation>Fehlerprotokolle, die keine Dateien sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some errors go to %1 instead of a file: those lines are in the system log (journalctl), not in the files read here.</source>
        <translation>Einige Fehler gehen an %1 statt in eine Datei: Diese Zeilen stehen im Systemprotokoll (journalctl), nicht in den hier gelesenen Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read those lines with journalctl -u nginx --since &quot;1 hour ago&quot; (or where syslog writes them).</source>
        <translation>Lesen Sie diese Zeilen mit journalctl -u nginx --since &quot;1 hour ago&quot; (oder dort, wohin syslog sie schreibt).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upstream errors in %1</source>
        <translation>Upstream-Fehler in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+260"/>
        <source>, last %1</source>
        <translation>, zuletzt %1</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>%1× %2 %3 (%4)%5</source>
        <translation>%1× %2 %3 (%4)%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no upstream)</source>
        <translation>(kein Upstream)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No upstream errors in the part of the log that was read.</source>
        <translation>Keine Upstream-Fehler im gelesenen Teil des Protokolls.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the lines shown from %1; tail -f %1 follows the new ones while you load the page again.</source>
        <translation>Lesen Sie die angezeigten Zeilen aus %1; tail -f %1 zeigt neue Zeilen an, während Sie die Seite erneut laden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It went down at %1, when a request made it drop the connection: it crashed then, and nothing restarted it.</source>
        <translation>Der Upstream fiel am %1 aus, als eine Anfrage ihn die Verbindung abbrechen ließ: Er ist dabei abgestürzt, und nichts hat ihn neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>nginx could not connect to %1 %n time(s), but it is listening now: the app was down or restarting then. If this repeats, look for crashes in the app&apos;s own log.</source>
        <translation>
            <numerusform>nginx konnte einmal keine Verbindung zu %1 herstellen, aber jetzt lauscht das Ziel: Die Anwendung war damals ausgefallen oder startete neu. Wenn das wieder vorkommt, suchen Sie im eigenen Protokoll der Anwendung nach Abstürzen.</numerusform>
            <numerusform>nginx konnte %n-mal keine Verbindung zu %1 herstellen, aber jetzt lauscht das Ziel: Die Anwendung war damals ausgefallen oder startete neu. Wenn das wieder vorkommt, suchen Sie im eigenen Protokoll der Anwendung nach Abstürzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+15"/>
        <source>the upstream</source>
        <translation>der Upstream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application behind %1 dropped the connections itself: the fix is in the application. Its own log at those times says why (a crash, a worker killed for time or memory); restart it if it is down.</source>
        <translation>Die Anwendung hinter %1 hat die Verbindungen selbst abgebrochen: Die Korrektur liegt in der Anwendung. Ihr eigenes Protokoll zu diesen Zeitpunkten sagt, warum (ein Absturz, ein wegen Zeit oder Speicher beendeter Worker); starten Sie sie neu, falls sie nicht läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 on, nginx&apos;s connections were refused: it crashed on that request and nothing restarted it.</source>
        <translation>Ab %1 wurden die Verbindungen von nginx abgelehnt: Die Anwendung ist bei dieser Anfrage abgestürzt, und nichts hat sie neu gestartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application behind %1 again, read what it printed when it died (its stderr or journal at %2) and fix that error; run it under a supervisor that restarts it (systemd Restart=on-failure, pm2).</source>
        <translation>Starten Sie die Anwendung hinter %1 erneut, lesen Sie, was sie beim Absturz ausgegeben hat (ihr stderr oder Journal am %2), und beheben Sie diesen Fehler; lassen Sie sie unter einem Supervisor laufen, der sie neu startet (systemd Restart=on-failure, pm2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>at %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Clients got %1.</source>
        <translation> Clients erhielten %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time: nginx gave up waiting %2 %3.%4</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: nginx hat das Warten %2 %3 aufgegeben.%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped the connection before answering (closed or reset) %2 %3: the app crashed, was killed, or hit its own timeout.%4</source>
        <translation>%1 hat die Verbindung vor der Antwort abgebrochen (geschlossen oder zurückgesetzt), %2 %3: Die Anwendung ist abgestürzt, wurde beendet oder hat ihr eigenes Timeout erreicht.%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent response headers larger than nginx&apos;s buffer %2 %3 (big cookies or redirects).%4</source>
        <translation>%1 hat %2 %3 Antwort-Header gesendet, die größer als der Puffer von nginx sind (große Cookies oder Weiterleitungen).%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx&apos;s worker was denied access to the socket of %1 %2 %3.%4</source>
        <translation>Dem nginx-Worker wurde %2 %3 der Zugriff auf den Socket von %1 verweigert.%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was denied (SELinux) when connecting to %1 %2 %3.%4</source>
        <translation>nginx wurde %2 %3 beim Verbinden mit %1 abgewiesen (SELinux).%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx could not resolve the upstream&apos;s name %1 %2.%3</source>
        <translation>nginx konnte den Namen des Upstreams %1 %2 nicht auflösen.%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every server of %1 was marked failed, so nginx had nowhere to send requests %2 %3.%4</source>
        <translation>Alle Server von %1 waren als ausgefallen markiert, daher konnte nginx Anfragen %2 %3 nirgendwohin senden.%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered in a protocol nginx did not expect %2 %3: the pass directive does not match what listens there.%4</source>
        <translation>%1 hat %2 %3 in einem Protokoll geantwortet, das nginx nicht erwartet hat: Die pass-Direktive passt nicht zu dem, was dort lauscht.%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket of %1 refused new connections (listen queue full) %2 %3: every PHP-FPM worker was busy.%4</source>
        <translation>Der Socket von %1 hat %2 %3 neue Verbindungen abgelehnt (Listen-Warteschlange voll): Alle PHP-FPM-Worker waren beschäftigt.%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3 %4.%5</source>
        <translation>%1: %2 %3 %4.%5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s own log (%2)</source>
        <translation>Eigenes Protokoll von %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found %1 (%2), but it could not be read: %3</source>
        <translation>%1 (%2) gefunden, konnte aber nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it yourself with sudo tail -n 200 %1.</source>
        <translation>Lesen Sie die Datei selbst mit sudo tail -n 200 %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>worker killed for its time limit</source>
        <translation>Worker wegen Zeitlimit beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker killed by a signal</source>
        <translation>Worker durch ein Signal beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncaught exception</source>
        <translation>nicht abgefangene Ausnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server itself exited</source>
        <translation>der Server selbst hat sich beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request in a protocol it does not speak</source>
        <translation>Anfrage in einem Protokoll, das er nicht spricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen queue full</source>
        <translation>Listen-Warteschlange voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker exited</source>
        <translation>Worker beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker or server started</source>
        <translation>Worker oder Server gestartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1× %2%3%4</source>
        <translation>%1× %2%3%4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read from %1.</source>
        <translation>Aus %1 gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing about crashes, worker timeouts or exceptions in the part that was read.</source>
        <translation>Im gelesenen Teil steht nichts über Abstürze, Worker-Timeouts oder Ausnahmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow it with journalctl -f -u %1 beside nginx&apos;s log while you load the page again.</source>
        <translation>Verfolgen Sie es mit journalctl -f -u %1 neben dem Protokoll von nginx, während Sie die Seite erneut laden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow it beside nginx&apos;s log while you load the page again: tail -f %1 and nginx&apos;s error log.</source>
        <translation>Verfolgen Sie es neben dem Protokoll von nginx, während Sie die Seite erneut laden: tail -f %1 und das Fehlerprotokoll von nginx.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nginx&apos;s journal (journalctl -u nginx)</source>
        <translation>Journal von nginx (journalctl -u nginx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No systemd journal on this machine.</source>
        <translation>Kein systemd-Journal auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing alarming in nginx&apos;s journal.</source>
        <translation>Nichts Auffälliges im Journal von nginx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s journal has failures; see the output.</source>
        <translation>Das Journal von nginx enthält Fehler; siehe die Ausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read them with journalctl -u nginx -n 50 --no-pager: an [emerg] line names the file:line nginx refused.</source>
        <translation>Lesen Sie sie mit journalctl -u nginx -n 50 --no-pager: Eine [emerg]-Zeile nennt Datei:Zeile, die nginx abgelehnt hat.</translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogIndex</name>
    <message>
        <location filename="../../ui/log/ErrorLogIndex.cpp" line="+53"/>
        <source>Worker killed for its time limit</source>
        <translation>Worker wegen Zeitlimit beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker killed by a signal</source>
        <translation>Worker durch ein Signal beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker exited</source>
        <translation>Worker beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker or server started</source>
        <translation>Worker oder Server gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncaught exception</source>
        <translation>Nicht abgefangene Ausnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request in a protocol it does not speak</source>
        <translation>Anfrage in einem Protokoll, das er nicht spricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen queue full</source>
        <translation>Listen-Warteschlange voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pm.max_children reached</source>
        <translation>pm.max_children erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary script unknown</source>
        <translation>Primary script unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server itself exited</source>
        <translation>Der Server selbst hat sich beendet</translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogModel</name>
    <message>
        <location filename="../../ui/log/ErrorLogModel.cpp" line="+85"/>
        <source>Line cut for display (%1 bytes)</source>
        <translation>Zeile für die Anzeige gekürzt (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>gd::ErrorLogPanel</name>
    <message>
        <location filename="../../ui/panels/ErrorLogPanel.cpp" line="+48"/>
        <source>&amp;Follow new lines</source>
        <translation>Neue Zeilen &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The error log</source>
        <translation>Das Fehlerprotokoll</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show new lines as nginx writes them</source>
        <translation>Neue Zeilen anzeigen, sobald nginx sie schreibt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups of log lines by cause and upstream</source>
        <translation>Protokollzeilen gruppiert nach Ursache und Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and upstream</source>
        <translation>Ursache und Upstream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error log lines</source>
        <translation>Zeilen des Fehlerprotokolls</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select lines and press %1 to copy them</source>
        <translation>Zeilen auswählen und %1 drücken, um sie zu kopieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No error log file was read.</source>
        <translation>Es wurde keine Fehlerprotokolldatei gelesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Building the index…</source>
        <translation>Index wird erstellt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last %1 of %2</source>
        <translation>Letzte %1 von %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The log was rotated; following the new file</source>
        <translation>Das Protokoll wurde rotiert; es wird der neuen Datei gefolgt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (clients got %2)</source>
        <translation>%1 (Clients erhielten %2)</translation>
    </message>
</context>
<context>
    <name>gd::EvidenceView</name>
    <message>
        <location filename="../../ui/widgets/EvidenceView.cpp" line="+48"/>
        <source>Open the file around this line</source>
        <translation>Datei an dieser Zeile öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence from %1</source>
        <translation>Nachweis aus %1</translation>
    </message>
</context>
<context>
    <name>gd::ExcerptDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExcerptDialog.cpp" line="+35"/>
        <source>The end of %1 as read by the diagnosis; line numbers count from there.</source>
        <translation>Das Ende von %1, wie es die Diagnose gelesen hat; die Zeilennummern zählen ab dort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this excerpt of %1 was read.</source>
        <translation>Nur dieser Ausschnitt von %1 wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>gd::FactCollector</name>
    <message>
        <location filename="../../app/facts/FactCollector.cpp" line="+164"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for nginx</source>
        <translation>nginx wird gesucht</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the nginx configuration</source>
        <translation>nginx-Konfiguration wird gelesen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>nginx is not installed on %1 (not in PATH, /usr/sbin, /usr/local/sbin or /usr/local/nginx/sbin). If it lives elsewhere, give its path with --nginx.</source>
        <translation>nginx ist auf %1 nicht installiert (nicht in PATH, /usr/sbin, /usr/local/sbin oder /usr/local/nginx/sbin). Wenn es woanders liegt, geben Sie den Pfad mit --nginx an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an executable nginx on %2.</source>
        <translation>%1 ist auf %2 kein ausführbares nginx.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nginx -T failed: the configuration is invalid or unreadable.</source>
        <translation>nginx -T ist fehlgeschlagen: Die Konfiguration ist ungültig oder nicht lesbar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking sockets, logs, services and connectivity</source>
        <translation>Sockets, Protokolle, Dienste und Erreichbarkeit werden geprüft</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Looking at the services behind the upstreams</source>
        <translation>Dienste hinter den Upstreams werden untersucht</translation>
    </message>
</context>
<context>
    <name>gd::FailingUrl</name>
    <message>
        <location filename="../../app/model/FailingUrl.cpp" line="+39"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character (U+%1)</source>
        <translation>ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has %1 at character %2; a URL has none (a space in a path is written %3).</source>
        <translation>Die URL enthält %1 an Zeichen %2; URLs enthalten so etwas nicht (ein Leerzeichen im Pfad schreibt man %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation>„%1“ ist keine URL: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway Doctor asks nginx for http:// and https:// URLs; &quot;%1&quot; is a %2:// URL.</source>
        <translation>Gateway Doctor fragt nginx nach http://- und https://-URLs; „%1“ ist eine %2://-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the user name and password out of the URL (&quot;%1@&quot;): the URL goes into commands and the report, and whether nginx answers does not depend on them.</source>
        <translation>Lassen Sie Benutzername und Passwort in der URL weg („%1@“): Die URL steht in Befehlen und im Bericht, und ob nginx antwortet, hängt nicht von ihnen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL &quot;%1&quot; names no host: write it as your browser shows it, such as https://example.org/api.</source>
        <translation>Die URL „%1“ nennt keinen Host: Schreiben Sie sie so, wie der Browser sie zeigt, etwa https://example.org/api.</translation>
    </message>
</context>
<context>
    <name>gd::FaultFactory</name>
    <message>
        <location filename="../../app/lab/FaultFactory.cpp" line="+126"/>
        <source>%1: unknown fault type &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannter Fehlertyp &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: fault %2 needs &quot;%3&quot;</source>
        <translation>%1: Fehler %2 benötigt &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: fault %2 needs &quot;old&quot;/&quot;new&quot; or &quot;edits&quot;</source>
        <translation>%1: Fehler %2 benötigt &quot;old&quot;/&quot;new&quot; oder &quot;edits&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: fault %2 needs &quot;service&quot;</source>
        <translation>%1: Fehler %2 benötigt &quot;service&quot;</translation>
    </message>
</context>
<context>
    <name>gd::FindingCard</name>
    <message>
        <location filename="../../ui/widgets/FindingCard.cpp" line="+30"/>
        <source>&lt;b&gt;Most likely root cause:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wahrscheinlichste eigentliche Ursache:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— site %1</source>
        <translation>— Website %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— last %1</source>
        <translation>— zuletzt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;i&gt;A consequence of: %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;Eine Folge von: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was zu tun ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fix lives in the application itself: there is nothing here to change.</source>
        <translation>Die Korrektur liegt in der Anwendung selbst: Hier gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Apply this fix</source>
        <translation>Diese Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the change first; nothing is written before you confirm</source>
        <translation>Zeigt zuerst die Änderung; vor Ihrer Bestätigung wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to step %1</source>
        <translation>Zu Schritt %1</translation>
    </message>
</context>
<context>
    <name>gd::FindingFixAction</name>
    <message>
        <location filename="../../ui/actions/FindingFixAction.cpp" line="+20"/>
        <source>&amp;Diagnose again</source>
        <translation>&amp;Erneut diagnostizieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The fix cannot run: %1</source>
        <translation>Die Korrektur kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no finished diagnosis on a connected machine.</source>
        <translation>es gibt keine abgeschlossene Diagnose auf einem verbundenen Rechner.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Apply the fix: %1</source>
        <translation>Korrektur anwenden: %1</translation>
    </message>
</context>
<context>
    <name>gd::FindingScoper</name>
    <message>
        <location filename="../../app/engine/FindingScoper.cpp" line="+51"/>
        <source>server %1 (%2)</source>
        <translation>server %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>location %1 (%2)</source>
        <translation>location %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — as the files on disk say, which nginx -t refuses</source>
        <translation> — laut den Dateien auf der Festplatte, die nginx -t ablehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no upstream (nginx answers this URL itself)</source>
        <translation>kein Upstream (nginx beantwortet diese URL selbst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>upstream %1 (%2)</source>
        <translation>Upstream %1 (%2)</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+16"/>
        <source>Errors until %1, none since; the URL answers %2 now.</source>
        <translation>Fehler bis %1, seitdem keine; die URL antwortet jetzt mit %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors until %1, none since.</source>
        <translation>Fehler bis %1, seitdem keine.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not about this URL now (another site, or errors that stopped): %1</source>
        <translation>Betrifft diese URL derzeit nicht (andere Website oder Fehler, die aufgehört haben): %1</translation>
    </message>
</context>
<context>
    <name>gd::FindingSection</name>
    <message>
        <location filename="../../app/model/ModelText.cpp" line="+61"/>
        <source>Elsewhere on this server (other sites; not why this URL fails)</source>
        <translation>Anderswo auf diesem Server (andere Websites; nicht der Grund, warum diese URL fehlschlägt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will break the next reload or restart (not why requests fail now)</source>
        <translation>Lässt das nächste Neuladen oder den nächsten Neustart scheitern (nicht der Grund, warum Anfragen jetzt fehlschlagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors that stopped (history; not happening now)</source>
        <translation>Fehler, die aufgehört haben (Verlauf; treten jetzt nicht auf)</translation>
    </message>
</context>
<context>
    <name>gd::FixActionsView</name>
    <message>
        <location filename="../../ui/widgets/FixActionsView.cpp" line="+41"/>
        <source>The fix, step by step</source>
        <translation>Die Korrektur, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The fix, as Apply carries it out:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Korrektur, wie „Diese Korrektur anwenden“ sie ausführt:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt; bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change of %1</source>
        <translation>Änderung von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;small&gt;✓ %1 accepts this change (tested on a scratch copy)&lt;/small&gt;</source>
        <translation>&lt;small&gt;✓ %1 akzeptiert diese Änderung (an einer temporären Kopie getestet)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>Befehlszeile kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On the upstream&apos;s host: %1</source>
        <translation>Auf dem Upstream-Host: %1</translation>
    </message>
</context>
<context>
    <name>gd::FixApplyCommand</name>
    <message>
        <location filename="../../app/cli/FixApplyCommand.cpp" line="+32"/>
        <source>The failing URL: diagnosed, and probed before and after.</source>
        <translation>Die fehlschlagende URL: wird diagnostiziert und vorher und nachher mit einer Testanfrage geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which finding&apos;s fix to apply (default 1, the most likely).</source>
        <translation>Welche Korrektur eines Befunds angewendet werden soll (Standard 1, der wahrscheinlichste).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding %1: %2</source>
        <translation>Befund %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fix lives in the application itself; there is nothing here to change.</source>
        <translation>Die Korrektur liegt in der Anwendung selbst; hier gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This finding has no change that can be carried out as written.</source>
        <translation>Für diesen Befund gibt es keine Änderung, die so wie beschrieben ausgeführt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  edit %1 line %2: %3</source>
        <translation>  Bearbeiten: %1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  run  %1   # %2</source>
        <translation>  Ausführen:  %1   # %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  run   %1</source>
        <translation>  Ausführen:  %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: every step of the fix ran.</source>
        <translation>Fertig: Alle Schritte der Korrektur wurden ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL answered %1.</source>
        <translation>Die URL antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Diagnose, then carry out the fix of a finding exactly as `diagnose` prints it: its edits through the edit cycle (diff, backup, nginx -t, reload, probe, rollback on failure), then its commands.
Exit status: 0 done (and the URL no longer fails), 1 not fixed, refused or rolled back, 2 could not run.</source>
        <translation>Diagnostiziert und führt dann die Korrektur eines Befunds genau so aus, wie `diagnose` sie ausgibt: zuerst ihre Änderungen über den Bearbeitungszyklus (Diff, Sicherung, nginx -t, Neuladen, Testanfrage, Rücknahme bei Fehlschlag), dann ihre Befehle.
Exit-Status: 0 erledigt (und die URL schlägt nicht mehr fehl), 1 nicht behoben, abgelehnt oder zurückgenommen, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--finding takes a number from 1.</source>
        <translation>--finding erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gateway fault found: nothing to fix.</source>
        <translation>Kein Gateway-Fehler gefunden: nichts zu beheben.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>there are only %n finding(s).</source>
        <translation>
            <numerusform>es gibt nur einen Befund.</numerusform>
            <numerusform>es gibt nur %n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not run: confirm with --yes (or add --dry-run to only show the steps).</source>
        <translation>nicht ausgeführt: Bestätigen Sie mit --yes (oder fügen Sie --dry-run hinzu, um nur die Schritte anzuzeigen).</translation>
    </message>
</context>
<context>
    <name>gd::FixJournal</name>
    <message>
        <location filename="../../ui/session/FixJournal.cpp" line="+37"/>
        <source>applied and confirmed</source>
        <translation>angewendet und bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already in place</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept, but the site still fails</source>
        <translation>beibehalten, aber die Website schlägt weiter fehl</translation>
    </message>
</context>
<context>
    <name>gd::FixMaxChildrenCommand</name>
    <message>
        <location filename="../../app/cli/FixMaxChildrenCommand.cpp" line="+34"/>
        <source>Set PHP-FPM&apos;s pm.max_children for a pool. Without --value, the memory measured now decides: what is available plus what the pool holds, less a fifth for headroom, divided by the average child&apos;s RSS. A listen.backlog below %1 is raised to %2 in the same edit: it refuses a burst however many children there are.
Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run.</source>
        <translation>Setzt pm.max_children von PHP-FPM für einen Pool. Ohne --value entscheidet der jetzt gemessene Speicher: der verfügbare Speicher plus der vom Pool belegte, abzüglich eines Fünftels als Reserve, geteilt durch den durchschnittlichen RSS eines Kindprozesses. Ein listen.backlog unter %1 wird in derselben Änderung auf %2 angehoben: Sonst lehnt er einen Ansturm ab, egal wie viele Kindprozesse es gibt.
Exit-Status: 0 erledigt und bestätigt, 1 abgelehnt oder zurückgenommen, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pool, e.g. www (default: the one behind --url, or the only one).</source>
        <translation>Der Pool, z. B. www (Standard: der hinter --url oder der einzige).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The failing URL: picks the pool behind its fastcgi_pass.</source>
        <translation>Die fehlschlagende URL: bestimmt den Pool hinter ihrem fastcgi_pass.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new pm.max_children (default: the suggestion).</source>
        <translation>Der neue Wert für pm.max_children (Standard: der Vorschlag).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--value takes a whole number of children, 1 or more.</source>
        <translation>--value erwartet eine ganze Zahl von Kindprozessen, 1 oder mehr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no running PHP-FPM pool was found on %1.</source>
        <translation>kein laufender PHP-FPM-Pool gefunden (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no pool named %1; the pools are: %2.</source>
        <translation>kein Pool namens %1; vorhandene Pools: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not served by a running PHP-FPM pool (%2).</source>
        <translation>%1 wird nicht von einem laufenden PHP-FPM-Pool bedient (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>several pools run here: %1. Choose one with --pool or --url.</source>
        <translation>hier laufen mehrere Pools: %1. Wählen Sie einen mit --pool oder --url.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool %1 (%2): pm.max_children = %3, %4 children running.</source>
        <translation>Pool %1 (%2): pm.max_children = %3, %4 Kindprozesse laufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No children of the pool are running, so there is no child size to go on.</source>
        <translation>Es laufen keine Kindprozesse des Pools, daher gibt es keine Prozessgröße als Grundlage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the new value with --value N.</source>
        <translation>geben Sie den neuen Wert mit --value N an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>gd::FixTimeoutsCommand</name>
    <message>
        <location filename="../../app/cli/FixTimeoutsCommand.cpp" line="+25"/>
        <source>Set timeouts and buffers for the location that serves a URL (or the block at FILE:LINE). Without values, the diagnosis&apos;s recommendation is used, else the guide&apos;s defaults (75s, 8 16k, 16k, 32k).
Exit status: 0 done and confirmed, 1 refused or rolled back, 2 could not run.</source>
        <translation>Setzt Timeouts und Puffer für die location, die eine URL bedient (oder den Block bei FILE:LINE). Ohne Werte wird die Empfehlung der Diagnose verwendet, sonst die Standardwerte des Leitfadens (75s, 8 16k, 16k, 32k).
Exit-Status: 0 erledigt und bestätigt, 1 abgelehnt oder zurückgenommen, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The failing URL: picks the location, and is probed before and after.</source>
        <translation>Die fehlschlagende URL: bestimmt die location und wird vorher und nachher mit einer Testanfrage geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block to edit, as FILE:LINE.</source>
        <translation>Der zu bearbeitende Block, als FILE:LINE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_connect_timeout.</source>
        <translation>*_connect_timeout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_send_timeout.</source>
        <translation>*_send_timeout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_read_timeout.</source>
        <translation>*_read_timeout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_buffers, e.g. &apos;8 16k&apos;.</source>
        <translation>*_buffers, z. B. &apos;8 16k&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*_buffer_size.</source>
        <translation>*_buffer_size.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*_busy_buffers_size.</source>
        <translation>*_busy_buffers_size.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give either --url URL or --location FILE:LINE.</source>
        <translation>geben Sie entweder --url URL oder --location FILE:LINE an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Using the diagnosis&apos;s recommendation for %1:</source>
        <translation>Empfehlung der Diagnose für %1 wird verwendet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagnosis found no timeout or header problem in %1; using the guide&apos;s values:</source>
        <translation>Die Diagnose hat in %1 kein Timeout- oder Header-Problem gefunden; die Werte des Leitfadens werden verwendet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting in %1:</source>
        <translation>Wird in %1 gesetzt:</translation>
    </message>
</context>
<context>
    <name>gd::Glossary</name>
    <message>
        <location filename="../../app/model/Glossary.cpp" line="+10"/>
        <source>the host answered, but nothing accepts connections on that address and port</source>
        <translation>der Host hat geantwortet, aber nichts nimmt Verbindungen auf dieser Adresse und diesem Port an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer at all within the time limit: a firewall dropping packets, or a host that is down or too busy</source>
        <translation>überhaupt keine Antwort innerhalb des Zeitlimits: eine Firewall verwirft Pakete, oder der Host ist ausgefallen oder überlastet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the upstream cut the connection off in the middle</source>
        <translation>der Upstream hat die Verbindung mittendrin abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network has no way to the upstream&apos;s address, or a firewall rejects it</source>
        <translation>das Netzwerk hat keinen Weg zur Adresse des Upstreams, oder eine Firewall weist die Verbindung ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this host has no route to the upstream&apos;s network</source>
        <translation>dieser Host hat keine Route zum Netzwerk des Upstreams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the socket file or path does not exist</source>
        <translation>die Socket-Datei oder der Pfad existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx&apos;s worker user may not open the socket or pass its directories</source>
        <translation>der Worker-Benutzer von nginx darf den Socket nicht öffnen oder seine Verzeichnisse nicht durchqueren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local side ran out of ports or the address is not on this host</source>
        <translation>der lokalen Seite sind die Ports ausgegangen, oder die Adresse gehört nicht zu diesem Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the upstream&apos;s queue of waiting connections is full (its listen backlog)</source>
        <translation>die Warteschlange wartender Verbindungen des Upstreams ist voll (sein Listen-Backlog)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the upstream closed the connection before its answer was complete</source>
        <translation>der Upstream hat die Verbindung geschlossen, bevor seine Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx marked every server of the group as failed for a while (max_fails / fail_timeout) and did not try them</source>
        <translation>nginx hat alle Server der Gruppe eine Zeit lang als ausgefallen markiert (max_fails / fail_timeout) und sie nicht versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS lookup of the upstream&apos;s name failed</source>
        <translation>die DNS-Abfrage des Upstream-Namens ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream&apos;s response headers are larger than proxy_buffer_size / fastcgi_buffer_size</source>
        <translation>die Antwort-Header des Upstreams sind größer als proxy_buffer_size / fastcgi_buffer_size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the protocol nginx speaks to PHP-FPM (fastcgi_pass), not HTTP</source>
        <translation>das Protokoll, das nginx mit PHP-FPM spricht (fastcgi_pass), nicht HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS, the encryption of https: both sides must speak it, or neither</source>
        <translation>TLS, die Verschlüsselung von https: Beide Seiten müssen es sprechen oder keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operating system&apos;s error number for a failed call</source>
        <translation>die Fehlernummer des Betriebssystems für einen fehlgeschlagenen Aufruf</translation>
    </message>
</context>
<context>
    <name>gd::HealthChecks</name>
    <message>
        <location filename="../../app/checks/HealthChecks.cpp" line="-406"/>
        <source>nginx is running</source>
        <translation>nginx läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>nginx master %1 runs with %n worker(s) as %2.</source>
        <translation>
            <numerusform>nginx-Master %1 läuft mit %n Worker als %2.</numerusform>
            <numerusform>nginx-Master %1 läuft mit %n Workern als %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No nginx master process runs for %1.</source>
        <translation>Für %1 läuft kein nginx-Master-Prozess.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx is not running (no &quot;nginx: master process&quot; for %1), so nothing answers on its ports.</source>
        <translation>nginx läuft nicht (kein &quot;nginx: master process&quot; für %1), daher antwortet nichts auf seinen Ports.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no &quot;nginx: master process&quot; among %n process(es)</source>
        <translation>
            <numerusform>kein &quot;nginx: master process&quot; unter %n Prozess</numerusform>
            <numerusform>kein &quot;nginx: master process&quot; unter %n Prozessen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check the configuration first</source>
        <translation>zuerst die Konfiguration prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start nginx</source>
        <translation>nginx starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the configuration with nginx -t, then start nginx.</source>
        <translation>Prüfen Sie die Konfiguration mit nginx -t und starten Sie dann nginx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list processes: %1</source>
        <translation>Prozesse konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run ps -ef | grep nginx yourself to see whether nginx runs.</source>
        <translation>Führen Sie selbst ps -ef | grep nginx aus, um zu sehen, ob nginx läuft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 stays up</source>
        <translation>%1 bleibt aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 keeps failing: %2, restarted %3 times, last exit %4.</source>
        <translation>%1 fällt immer wieder aus: %2, %3-mal neu gestartet, zuletzt beendet: %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is %2 (%3).</source>
        <translation>%1 ist %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start it with systemctl start %1; systemctl status %1 says why it stopped.</source>
        <translation>Starten Sie ihn mit systemctl start %1; systemctl status %1 zeigt, warum er angehalten wurde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1&apos;s journal</source>
        <translation>Journal von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 crashed or was restarted %n time(s) in the period read.</source>
        <translation>
            <numerusform>%1 ist im gelesenen Zeitraum einmal abgestürzt oder neu gestartet worden.</numerusform>
            <numerusform>%1 ist im gelesenen Zeitraum %n-mal abgestürzt oder neu gestartet worden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kernel killed %1 for lack of memory; while it restarts, nginx answers 502.</source>
        <translation>Der Kernel hat %1 wegen Speichermangels beendet; während des Neustarts antwortet nginx mit 502.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 keeps crashing and being restarted (%n event(s) in its journal); each crash turns the requests in flight into 502s.</source>
        <translation>
            <numerusform>%1 stürzt immer wieder ab und wird neu gestartet (%n Ereignis in seinem Journal); jeder Absturz macht aus den laufenden Anfragen 502-Fehler.</numerusform>
            <numerusform>%1 stürzt immer wieder ab und wird neu gestartet (%n Ereignisse in seinem Journal); jeder Absturz macht aus den laufenden Anfragen 502-Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No out-of-memory kills</source>
        <translation>Keine Prozesse wegen Speichermangels beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel log shows no OOM kills.</source>
        <translation>Das Kernel-Protokoll zeigt keine wegen Speichermangel (OOM) beendeten Prozesse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel killed processes for lack of memory.</source>
        <translation>Der Kernel hat Prozesse wegen Speichermangels beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what uses the memory (free -m, ps aux --sort=-rss | head) and journalctl -k for the kills.</source>
        <translation>Prüfen Sie, was den Speicher belegt (free -m, ps aux --sort=-rss | head), und sehen Sie mit journalctl -k nach den beendeten Prozessen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The kernel killed %1 (pid %2) because the machine ran out of memory; requests it was serving got 502.</source>
        <translation>Der Kernel hat %1 (PID %2) beendet, weil der Rechner keinen Speicher mehr hatte; Anfragen, die der Prozess gerade bediente, erhielten 502.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PHP-FPM has free workers</source>
        <translation>PHP-FPM hat freie Worker</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing alarming in PHP-FPM&apos;s log.</source>
        <translation>Nichts Auffälliges im Protokoll von PHP-FPM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing alarming in PHP-FPM&apos;s log, and its status page shows free children.</source>
        <translation>Nichts Auffälliges im Protokoll von PHP-FPM, und seine Statusseite zeigt freie Kindprozesse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PHP-FPM pool %1 has no free child right now: further requests wait or fail.</source>
        <translation>PHP-FPM-Pool %1 hat gerade keinen freien Kindprozess: Weitere Anfragen warten oder schlagen fehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2) once since it started: further requests waited or failed.</source>
        <translation>PHP-FPM-Pool %1 hat seit seinem Start einmal pm.max_children (%2) erreicht: Weitere Anfragen mussten warten oder schlugen fehl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2) %3 times since it started: further requests waited or failed.</source>
        <translation>PHP-FPM-Pool %1 hat seit seinem Start %3-mal pm.max_children (%2) erreicht: Weitere Anfragen mussten warten oder schlugen fehl.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PHP-FPM pool %1 reached pm.max_children (%2): further requests wait or fail.</source>
        <translation>PHP-FPM-Pool %1 hat pm.max_children (%2) erreicht: Weitere Anfragen warten oder schlagen fehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>And its listen.backlog is %1 (%2): while every child is busy the kernel refuses further connections at once, so more children alone would not stop the 502s.</source>
        <translation>Und sein listen.backlog ist %1 (%2): Solange alle Kindprozesse beschäftigt sind, lehnt der Kernel weitere Verbindungen sofort ab; mehr Kindprozesse allein würden die 502-Fehler also nicht beenden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PHP-FPM pool %1 killed a script that ran past its request_terminate_timeout (%2, %3): nginx saw the connection drop and answered 502.</source>
        <translation>PHP-FPM-Pool %1 hat ein Skript beendet, das länger als sein request_terminate_timeout lief (%2, %3): nginx sah den Verbindungsabbruch und antwortete mit 502.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the script is legitimately slow, raise request_terminate_timeout at %1 above the time it needs, keeping it below nginx&apos;s fastcgi_read_timeout; otherwise make the script faster. Then reload PHP-FPM.</source>
        <translation>Wenn das Skript zu Recht langsam ist, erhöhen Sie request_terminate_timeout in %1 über die benötigte Zeit, aber unter den fastcgi_read_timeout von nginx; andernfalls machen Sie das Skript schneller. Laden Sie dann PHP-FPM neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PHP-FPM killed a script that ran past request_terminate_timeout: nginx saw the connection drop and answered 502.</source>
        <translation>PHP-FPM hat ein Skript beendet, das länger als request_terminate_timeout lief: nginx sah den Verbindungsabbruch und antwortete mit 502.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PHP-FPM worker crashed (%1).</source>
        <translation>Ein PHP-FPM-Worker ist abgestürzt (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PHP-FPM worker of pool %1 crashed (%2).</source>
        <translation>Ein PHP-FPM-Worker von Pool %1 ist abgestürzt (%2).</translation>
    </message>
</context>
<context>
    <name>gd::HostKeyChangedDialog</name>
    <message>
        <location filename="../../ui/dialogs/HostKeyChangedDialog.cpp" line="+38"/>
        <source>The key it presented now: %1 %2</source>
        <translation>Der jetzt vorgelegte Schlüssel: %1 %2</translation>
    </message>
</context>
<context>
    <name>gd::HostKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/HostKeyDialog.cpp" line="+36"/>
        <source>Host key fingerprint</source>
        <translation>Fingerabdruck des Host-Schlüssels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust &amp;always</source>
        <translation>&amp;Immer vertrauen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect now; ask again next time</source>
        <translation>Jetzt verbinden; beim nächsten Mal erneut fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect now and add the key to %1</source>
        <translation>Jetzt verbinden und den Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_hosts</source>
        <translation>known_hosts</translation>
    </message>
</context>
<context>
    <name>gd::LabBlueprint</name>
    <message>
        <location filename="../../app/lab/LabBlueprint.cpp" line="+125"/>
        <source>%1 is not inside the lab</source>
        <translation>%1 liegt nicht innerhalb des Übungslabors</translation>
    </message>
</context>
<context>
    <name>gd::LabFixAction</name>
    <message>
        <location filename="../../app/lab/LabFixAction.cpp" line="+52"/>
        <source>an edit needs &quot;file&quot;, &quot;old&quot; and &quot;new&quot;</source>
        <translation>eine Änderung benötigt &quot;file&quot;, &quot;old&quot; und &quot;new&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an edit&apos;s &quot;old&quot; is one line</source>
        <translation>das &quot;old&quot; einer Änderung muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a command needs &quot;argv&quot; and a &quot;host&quot; of nginx or upstream</source>
        <translation>ein Befehl benötigt &quot;argv&quot; und einen &quot;host&quot; mit nginx oder upstream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fix action&apos;s &quot;kind&quot; is edit or command</source>
        <translation>das &quot;kind&quot; einer Korrekturaktion ist edit oder command</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: unknown placeholders: %2</source>
        <translation>%1: unbekannte Platzhalter: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit %1:%2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>Änderung %1:%2: &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>gd::LabState</name>
    <message>
        <location filename="../../app/lab/LabState.cpp" line="+107"/>
        <source>The lab&apos;s record has an unknown version.</source>
        <translation>Der Datensatz des Übungslabors hat eine unbekannte Version.</translation>
    </message>
</context>
<context>
    <name>gd::LineEdits</name>
    <message>
        <location filename="../../app/fixes/LineEdits.cpp" line="+57"/>
        <source>Two changes of line %1 of %2.</source>
        <translation>Zwei Änderungen an Zeile %1 von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no line %2 any more: it changed since the diagnosis. Diagnose again.</source>
        <translation>%1 hat keine Zeile %2 mehr: Die Datei hat sich seit der Diagnose geändert. Diagnostizieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 of %2 no longer reads &quot;%3&quot;: the file changed since the diagnosis. Diagnose again.</source>
        <translation>Zeile %1 von %2 lautet nicht mehr &quot;%3&quot;: Die Datei hat sich seit der Diagnose geändert. Diagnostizieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>gd::LocalMachine</name>
    <message>
        <location filename="../../remote/LocalMachine.cpp" line="+15"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
</context>
<context>
    <name>gd::LocalProcess</name>
    <message>
        <location filename="../../remote/LocalProcess.cpp" line="+22"/>
        <source>The program &quot;%1&quot; could not be started on this computer.</source>
        <translation>Das Programm &quot;%1&quot; konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The program &quot;%1&quot; was killed by a signal.</source>
        <translation>Das Programm &quot;%1&quot; wurde durch ein Signal beendet.</translation>
    </message>
</context>
<context>
    <name>gd::LogRemedies</name>
    <message>
        <location filename="../../app/checks/LogRemedies.cpp" line="+56"/>
        <source>the server at %1 speaks plain HTTP, not TLS: talk HTTP to it</source>
        <translation>der Server unter %1 spricht einfaches HTTP, kein TLS: Sprechen Sie HTTP mit ihm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 answers in HTTP, not FastCGI: pass requests to it with proxy_pass</source>
        <translation>%1 antwortet mit HTTP, nicht mit FastCGI: Leiten Sie Anfragen mit proxy_pass dorthin weiter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FastCGI settings mean nothing to proxy_pass</source>
        <translation>FastCGI-Einstellungen haben für proxy_pass keine Bedeutung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 listens again: take it out of maintenance (`down`) so nginx sends it requests</source>
        <translation>%1 lauscht wieder: Nehmen Sie den Server aus der Wartung (`down`), damit nginx ihm Anfragen sendet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 connections per worker are not enough (each proxied request takes two)</source>
        <translation>%1 Verbindungen pro Worker reichen nicht aus (jede weitergeleitete Anfrage braucht zwei)</translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+82"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+292"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Gateway Doctor</source>
        <translation>Gateway Doctor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Previous page (Alt+Left)</source>
        <translation>Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Alt+Right)</source>
        <translation>Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diagnosing %1…</source>
        <translation>%1 wird diagnostiziert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — Gateway Doctor</source>
        <translation>%1 — Gateway Doctor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+241"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>The doctor&apos;s verdicts are open.</source>
        <translation>Die Urteile von Gateway Doctor sind jetzt sichtbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The practice lab was stopped.</source>
        <translation>Das Übungslabor wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Practice: %1 — Gateway Doctor</source>
        <translation>Übung: %1 — Gateway Doctor</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Wizard pages</source>
        <translation>Seiten des Assistenten</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Stopping the practice lab…</source>
        <translation>Übungslabor wird gestoppt…</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery</source>
        <translation>Erkundung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>Start the &amp;lab</source>
        <translation>Übungs&amp;labor starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostizieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Diagnosed; the verdicts stay hidden until you name the cause.</source>
        <translation>Diagnose abgeschlossen; die Urteile bleiben verborgen, bis Sie die Ursache nennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 finding.</source>
        <translation>1 Befund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings.</source>
        <translation>%1 Befunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the &amp;sudo password…</source>
        <translation>&amp;sudo-Passwort eingeben…</translation>
    </message>
</context>
<context>
    <name>gd::MaxChildrenAction</name>
    <message>
        <location filename="../../ui/actions/MaxChildrenAction.cpp" line="+19"/>
        <source>Measure the pool&apos;s &amp;memory again</source>
        <translation>&amp;Speicher des Pools erneut messen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Measuring the memory of pool %1…</source>
        <translation>Speicher von Pool %1 wird gemessen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pool &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): pm.max_children = %3, %4 children running, using %5; %6 of %7 free.</source>
        <translation>Pool &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): pm.max_children = %3, %4 Kindprozesse laufen und belegen %5; %6 von %7 frei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> and listen.backlog to %1</source>
        <translation> und listen.backlog auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rai&amp;se pm.max_children to %1%2…</source>
        <translation>pm.max_children auf %1%2 &amp;erhöhen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;t pm.max_children to %1%2…</source>
        <translation>pm.max_children auf %1%2 se&amp;tzen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No children of the pool are running, so there is no child size to go on.</source>
        <translation>Es laufen keine Kindprozesse des Pools, daher gibt es keine Prozessgröße als Grundlage.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pm.max_children</source>
        <translation>pm.max_children</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pool %1 (%2)</source>
        <translation>Pool %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gd::MonitorAction</name>
    <message>
        <location filename="../../ui/actions/MonitorAction.cpp" line="+47"/>
        <source>Watch the URL</source>
        <translation>URL beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to watch</source>
        <translation>Wie lange beobachtet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 seconds</source>
        <translation>15 Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 minutes</source>
        <translation>2 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log lines seen while watching</source>
        <translation>Während der Beobachtung gesehene Protokollzeilen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Watch %1</source>
        <translation>%1 beobachten</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n answer(s): %1</source>
        <translation>
            <numerusform>%n Antwort: %1</numerusform>
            <numerusform>%n Antworten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Stop watching</source>
        <translation>Beobachtung &amp;stoppen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped early.</source>
        <translation>Vorzeitig beendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few answers to tell</source>
        <translation>zu wenige Antworten für ein Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not hold</source>
        <translation>hält nicht</translation>
    </message>
</context>
<context>
    <name>gd::MonitorChart</name>
    <message>
        <location filename="../../ui/actions/MonitorChart.cpp" line="+12"/>
        <source>Answers over time</source>
        <translation>Antworten im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 answers, %2 gateway errors; last: %3</source>
        <translation>%1 Antworten, %2 Gateway-Fehler; zuletzt: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>answered (%1)</source>
        <translation>beantwortet (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>502/503/504 or no answer (%1)</source>
        <translation>502/503/504 oder keine Antwort (%1)</translation>
    </message>
</context>
<context>
    <name>gd::MonitorCommand</name>
    <message>
        <location filename="../../app/cli/MonitorCommand.cpp" line="+29"/>
        <source>Probe the URL about once a second for a while, follow nginx&apos;s error log and the app&apos;s log or journal, and report whether the fix holds (a run of answers that are not 502/504).
Exit status: 0 it holds, 1 it does not, 2 could not run.</source>
        <translation>Sendet eine Weile etwa einmal pro Sekunde eine Testanfrage an die URL, verfolgt das Fehlerprotokoll von nginx und das Protokoll oder Journal der Anwendung und meldet, ob die Korrektur hält (eine Folge von Antworten, die nicht 502/504 sind).
Exit-Status: 0 hält, 1 hält nicht, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL to watch.</source>
        <translation>Die zu beobachtende URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long (default 2m).</source>
        <translation>Wie lange (Standard: 2m).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url is required.</source>
        <translation>--url ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--for takes a duration such as 30s or 5m.</source>
        <translation>--for erwartet eine Dauer wie 30s oder 5m.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pool %1: %2</source>
        <translation>Pool %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching %1 for %2 s ...</source>
        <translation>%1 wird %2 s lang beobachtet ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and PHP-FPM pool %1&apos;s status page (%2 on %3)</source>
        <translation>und die Statusseite von PHP-FPM-Pool %1 (%2 auf %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 probes: %2. Longest run without a gateway error: %3; at the end: %4.</source>
        <translation>%1 Testanfragen: %2. Längste Folge ohne Gateway-Fehler: %3; am Ende: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fix holds.</source>
        <translation>Die Korrektur hält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gateway errors, but %1 answers are too few to call it holding (%2 in a row are needed): watch longer.</source>
        <translation>Keine Gateway-Fehler, aber %1 Antworten sind zu wenige, um von einer haltenden Korrektur zu sprechen (%2 in Folge sind nötig): Beobachten Sie länger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fix does not hold yet.</source>
        <translation>Die Korrektur hält noch nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not followed: %1</source>
        <translation>Nicht verfolgt: %1</translation>
    </message>
</context>
<context>
    <name>gd::NginxReloader</name>
    <message>
        <location filename="../../app/fixes/NginxReloader.cpp" line="+18"/>
        <location line="+42"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>nginx -t could not run</source>
        <translation>nginx -t konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t refused the configuration: %1</source>
        <translation>nginx -t hat die Konfiguration abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx -t refused the configuration (exit code %1).</source>
        <translation>nginx -t hat die Konfiguration abgelehnt (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nginx did not take the new configuration: its workers are still the old ones after %1 s. nginx keeps running the old configuration when a reload fails; its error log says why.</source>
        <translation>nginx hat die neue Konfiguration nicht übernommen: Seine Worker sind nach %1 s noch die alten. Wenn das Neuladen fehlschlägt, läuft nginx mit der alten Konfiguration weiter; sein Fehlerprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../../app/fixes/NginxReloader.h" line="+34"/>
        <source>nginx&apos;s workers</source>
        <translation>Worker von nginx</translation>
    </message>
</context>
<context>
    <name>gd::NoticeBar</name>
    <message>
        <location filename="../../ui/widgets/NoticeBar.cpp" line="+26"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>gd::PhpFpmReloader</name>
    <message>
        <location filename="../../app/fixes/PhpFpmReloader.cpp" line="+33"/>
        <location line="+43"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 could not run</source>
        <translation>%1 konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the configuration: %2</source>
        <translation>%1 hat die Konfiguration abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloading php-fpm failed: %1</source>
        <translation>Neuladen von php-fpm fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading php-fpm failed</source>
        <translation>Neuladen von php-fpm fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>php-fpm did not take the new configuration: its old children are still running. Its log says why.</source>
        <translation>php-fpm hat die neue Konfiguration nicht übernommen: Seine alten Kindprozesse laufen noch. Sein Protokoll nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../../app/fixes/PhpFpmReloader.h" line="+40"/>
        <source>php-fpm&apos;s children</source>
        <translation>Kindprozesse von php-fpm</translation>
    </message>
</context>
<context>
    <name>gd::PoolLoadChart</name>
    <message>
        <location filename="../../ui/actions/PoolLoadChart.cpp" line="+12"/>
        <source>PHP-FPM pools&apos; load over time</source>
        <translation>Last der PHP-FPM-Pools im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pool %1: waiting for its status page</source>
        <translation>Pool %1: wartet auf seine Statusseite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pool %1: active %2 of pm.max_children %3</source>
        <translation>Pool %1: %2 aktiv von pm.max_children %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, listen queue %1</source>
        <translation>, Listen-Warteschlange %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, max children reached %1, slow requests %2</source>
        <translation>, pm.max_children erreicht %1, langsame Anfragen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool %1: %2</source>
        <translation>Pool %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No readings yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pm.max_children %1</source>
        <translation>pm.max_children %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>active children</source>
        <translation>aktive Kindprozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every child busy</source>
        <translation>alle Kindprozesse belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting in the queue</source>
        <translation>in der Warteschlange wartend</translation>
    </message>
</context>
<context>
    <name>gd::PoolMemoryProbe</name>
    <message>
        <location filename="../../app/fixes/PoolMemoryProbe.cpp" line="+21"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The php-fpm master of pool %1 is not running, so there is no memory to measure.</source>
        <translation>Der php-fpm-Master von Pool %1 läuft nicht, daher gibt es keinen Speicher zu messen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not list php-fpm&apos;s children</source>
        <translation>Die Kindprozesse von php-fpm konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read /proc/meminfo</source>
        <translation>/proc/meminfo konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>gd::PoolScratchCheck</name>
    <message>
        <location filename="../../app/engine/PoolScratchCheck.cpp" line="+47"/>
        <source>no running php-fpm master of this pool was found to test it with</source>
        <translation>es wurde kein laufender php-fpm-Master dieses Pools gefunden, mit dem sich das testen ließe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>php-fpm&apos;s main config %1 was not read</source>
        <translation>die Hauptkonfiguration %1 von php-fpm wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is not among the files php-fpm&apos;s main config includes</source>
        <translation>%1 gehört nicht zu den Dateien, die die Hauptkonfiguration von php-fpm einbindet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection to the machine is gone</source>
        <translation>die Verbindung zum Rechner ist abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no scratch directory: %1</source>
        <translation>kein temporäres Verzeichnis: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>php-fpm -t could not run: %1</source>
        <translation>php-fpm -t konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>php-fpm -t refuses the pool without this change too (%1)</source>
        <translation>php-fpm -t lehnt den Pool auch ohne diese Änderung ab (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>could not make the scratch copy: %1</source>
        <translation>die temporäre Kopie konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::PracticeBanner</name>
    <message>
        <location filename="../../ui/practice/PracticeBanner.cpp" line="+32"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no gateway fault</source>
        <translation>kein Gateway-Fehler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Hint</source>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the &amp;cause…</source>
        <translation>&amp;Ursache nennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k my fix</source>
        <translation>Korrektur &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish and debrief</source>
        <translation>&amp;Beenden und nachbesprechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is running; re-run the checks to see the lab now.</source>
        <translation>%1 läuft; wiederholen Sie die Prüfungen, um den aktuellen Stand des Labors zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was stopped.</source>
        <translation>%1 wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was restarted.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference fix was applied (this run scores 0).</source>
        <translation>Die Referenzkorrektur wurde angewendet (dieser Durchlauf erhält 0 Punkte).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking for a hint…</source>
        <translation>Hinweis wird angefordert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time since the lab was handed over</source>
        <translation>Zeit seit der Übergabe des Labors</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next rung of the hint ladder: a question, then where to look, then the answer</source>
        <translation>Die nächste Stufe der Hinweise: eine Frage, dann wo Sie suchen sollten, dann die Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what breaks the site and which line of evidence shows it</source>
        <translation>Sagen Sie, was die Website lahmlegt und welche Belegzeile es zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the scenario&apos;s success checks and says, check by check, what holds</source>
        <translation>Führt die Erfolgsprüfungen des Szenarios aus und sagt für jede Prüfung, ob sie besteht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;services</source>
        <translation>Labor-D&amp;ienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start, stop or restart the lab&apos;s app servers and nginx (in a terminal: gateway-doctor practice service VERB NAME)</source>
        <translation>Die App-Server und nginx des Labors starten, stoppen oder neu starten (im Terminal: gateway-doctor practice service VERB NAME)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stops the lab and shows the debrief: time, hints, habits, score</source>
        <translation>Stoppt das Labor und zeigt die Nachbesprechung: Zeit, Hinweise, Gewohnheiten, Punktzahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Practice lab: %1&lt;/b&gt; · %2 mode · %3</source>
        <translation>&lt;b&gt;Übungslabor: %1&lt;/b&gt; · Modus: %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;The ticket:&lt;/i&gt; “%1”&lt;br&gt;&lt;small&gt;URL %2 · nginx.conf %3&lt;/small&gt;</source>
        <translation>&lt;i&gt;Das Ticket:&lt;/i&gt; „%1“&lt;br&gt;&lt;small&gt;URL %2 · nginx.conf %3&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a question</source>
        <translation>eine Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to look</source>
        <translation>wo Sie suchen sollten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Hint %1 of %2&lt;/b&gt; (%3): %4</source>
        <translation>&lt;b&gt;Hinweis %1 von %2&lt;/b&gt; (%3): %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Fixed:&lt;/b&gt; every check holds.</source>
        <translation>&lt;b&gt;Behoben:&lt;/b&gt; Alle Prüfungen bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Not fixed yet:&lt;/b&gt; the checks marked ✗ do not hold.</source>
        <translation>&lt;b&gt;Noch nicht behoben:&lt;/b&gt; Die mit ✗ markierten Prüfungen bestehen nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Noted: &lt;b&gt;%1&lt;/b&gt;. Whether it is right is in the debrief.</source>
        <translation>Notiert: &lt;b&gt;%1&lt;/b&gt;. Ob das stimmt, erfahren Sie in der Nachbesprechung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Right:&lt;/b&gt; %1%2. The doctor&apos;s verdicts are open now.</source>
        <translation>&lt;b&gt;Richtig:&lt;/b&gt; %1%2. Die Urteile von Gateway Doctor sind jetzt sichtbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, named before any change</source>
        <translation>, genannt vor jeder Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not it:&lt;/b&gt; you named %1; the cause is &lt;b&gt;%2&lt;/b&gt;. The doctor&apos;s verdicts are open now: follow its evidence.</source>
        <translation>&lt;b&gt;Falsch:&lt;/b&gt; Sie haben %1 genannt; die Ursache ist &lt;b&gt;%2&lt;/b&gt;. Die Urteile von Gateway Doctor sind jetzt sichtbar: Folgen Sie den Belegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lab was stopped; nothing of it is left.</source>
        <translation>Das Labor wurde gestoppt; nichts davon ist übrig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab was stopped, but not cleanly: %1</source>
        <translation>Das Labor wurde gestoppt, aber nicht sauber: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>⏱ %1</source>
        <translation>⏱ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time %1</source>
        <translation>Zeit %1</translation>
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
        <translation>Üben an einem Labor: ein nginx in einer Sandbox mit echten Upstreams, absichtlich kaputt gemacht.

  practice list                          die Szenarien und welche davon hier laufen können
  practice start ID [--seed N] [--mode M] ein neues Labor kaputt machen; gibt Ticket, URL und Konfiguration aus
  practice status                        das laufende Labor
  practice hint                          der nächste Hinweis (eine Frage, wo Sie suchen sollten, die Antwort)
  practice answer CAUSE [--evidence L]   die Ursache nennen (ein Ursachencode oder none)
  practice service VERB NAME             start|stop|restart|reload für einen Dienst des Labors
  practice check                         behoben? (Exit 0 behoben, 1 nicht)
  practice solve                         die Referenzkorrektur anwenden (Trainer, Tests)
  practice debrief [--format F] [-o F]   Punktzahl, Ihr Weg und der von Gateway Doctor (markdown, html, json)
  practice stop                          das Labor beenden (Exit 0 nur, wenn nichts übrig bleibt)

Über SSH (--ssh) nur auf einem Host, den ein Admin als Labor markiert hat: /etc/gateway-doctor/lab.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> [best %1]</source>
        <translation> [Bestwert %1]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>start takes one scenario id (see practice list).</source>
        <translation>start erwartet genau eine Szenario-ID (siehe practice list).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed takes a number.</source>
        <translation>--seed erwartet eine Zahl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Practice lab started: %1 (scenario %2, difficulty %3, seed %4, %5 mode)

</source>
        <translation>Übungslabor gestartet: %1 (Szenario %2, Schwierigkeit %3, Seed %4, Modus %5)

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket:
</source>
        <translation>Das Ticket:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL:          %1
</source>
        <translation>URL:                    %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf:   %1
</source>
        <translation>nginx.conf:             %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site config:  %1
</source>
        <translation>Website-Konfiguration:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab:          %1
</source>
        <translation>Labor:                  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:     %1 (gateway-doctor practice service start|stop|restart|reload NAME)
</source>
        <translation>Dienste:                %1 (gateway-doctor practice service start|stop|restart|reload NAME)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx -t:     %1
</source>
        <translation>nginx -t:               %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnose:     gateway-doctor diagnose --conf %1 --url %2
</source>
        <translation>Diagnose:               gateway-doctor diagnose --conf %1 --url %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Ready in %1 ms; the fault is real: %2
</source>
        <translation>
Bereit in %1 ms; der Fehler ist echt: %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: gateway-doctor practice hint | answer CAUSE | check | stop
</source>
        <translation>Als Nächstes: gateway-doctor practice hint | answer CAUSE | check | stop
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (scenario %2), %3 min %4 s in
</source>
        <translation>%1 (Szenario %2), läuft seit %3 min %4 s
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lab has ended: %1. gateway-doctor practice stop removes it.
</source>
        <translation>Das Labor ist beendet: %1. gateway-doctor practice stop entfernt es.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL: %1 answers %2
</source>
        <translation>URL: %1 antwortet mit %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1
</source>
        <translation>Dienste: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hints used: %1 of %2; checks: %3%4
</source>
        <translation>Genutzte Hinweise: %1 von %2; Prüfungen: %3%4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (fixed)</source>
        <translation> (behoben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You named: %1
</source>
        <translation>Von Ihnen genannt: %1
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hint %1 of %2 (%3):
</source>
        <translation>Hinweis %1 von %2 (%3):
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answer takes one cause code (or none).</source>
        <translation>answer erwartet genau einen Ursachencode (oder none).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Noted: %1. Whether it is right is in the debrief.
</source>
        <translation>Notiert: %1. Ob das richtig ist, steht in der Nachbesprechung.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right: %1%2
</source>
        <translation>Richtig: %1%2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, before any change</source>
        <translation>, noch vor der ersten Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not it: the cause is %1.
</source>
        <translation>Das ist es nicht: Die Ursache ist %1.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service takes a verb (start, stop, restart, reload) and a service name.</source>
        <translation>service erwartet ein Verb (start, stop, restart, reload) und einen Dienstnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: done
</source>
        <translation>%1 %2: erledigt
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fixed.
</source>
        <translation>Behoben.
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not fixed yet.
</source>
        <translation>Noch nicht behoben.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applied the reference fix:
</source>
        <translation>Die Referenzkorrektur wurde angewendet:
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gateway-doctor practice: could not save the result to %1: %2
</source>
        <translation>gateway-doctor practice: Das Ergebnis konnte nicht in %1 gespeichert werden: %2
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score %1 for %2 (gateway-doctor practice debrief shows the whole debrief).
</source>
        <translation>Punktzahl %1 für %2 (gateway-doctor practice debrief zeigt die ganze Nachbesprechung).
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab is gone: no process, no file left.
</source>
        <translation>Das Labor ist entfernt: kein Prozess und keine Datei übrig.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of the lab is left: %1
</source>
        <translation>Vom Labor ist noch etwas übrig: %1
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no practice run to debrief yet.</source>
        <translation>noch kein Übungsdurchlauf für eine Nachbesprechung vorhanden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format is markdown, html or json.</source>
        <translation>--format ist markdown, html oder json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start: the random seed (the same seed, the same lab).</source>
        <translation>start: der Zufalls-Seed (gleicher Seed, gleiches Labor).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start: guided (default; hints on request), practice or exam (no hints; whether a named cause is right is told in the debrief).</source>
        <translation>start: guided (Standard; Hinweise auf Anfrage), practice oder exam (keine Hinweise; ob eine genannte Ursache richtig ist, steht in der Nachbesprechung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start: end the lab by itself after this long (default 2h).</source>
        <translation>start: das Labor nach dieser Dauer selbst beenden (Standard 2h).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer: the log or config line you rely on.</source>
        <translation>answer: die Protokoll- oder Konfigurationszeile, auf die Sie sich stützen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debrief: markdown (default), html or json.</source>
        <translation>debrief: markdown (Standard), html oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>debrief: write to this file.</source>
        <translation>debrief: in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab&apos;s directory on the lab host (default: per user).</source>
        <translation>Das Verzeichnis des Labors auf dem Labor-Host (Standard: pro Benutzer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where gateway-doctor-lab-supervisor and gateway-doctor-lab-upstream are on the lab host.</source>
        <translation>Wo gateway-doctor-lab-supervisor und gateway-doctor-lab-upstream auf dem Labor-Host liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The results file (default ~/.local/share/gateway-doctor/practice/results.json).</source>
        <translation>Die Ergebnisdatei (Standard: ~/.local/share/gateway-doctor/practice/results.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, start, status, hint, answer, service, check, solve, debrief, stop</source>
        <translation>list, start, status, hint, answer, service, check, solve, debrief, stop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--keep-for takes a duration such as 30m or 2h.</source>
        <translation>--keep-for erwartet eine Dauer wie 30m oder 2h.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown practice command: %1
%2</source>
        <translation>unbekannter practice-Befehl: %1
%2</translation>
    </message>
</context>
<context>
    <name>gd::PracticeController</name>
    <message>
        <location filename="../../ui/practice/PracticeController.cpp" line="+60"/>
        <source>Looking at what this computer can run…</source>
        <translation>Es wird geprüft, was dieser Computer ausführen kann…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A lab runs already: finish it first.</source>
        <translation>Es läuft bereits ein Labor: Beenden Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab host is still busy; start again in a moment.</source>
        <translation>Der Labor-Host ist noch beschäftigt; starten Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the lab and breaking it as the scenario says…</source>
        <translation>Das Labor wird aufgebaut und wie im Szenario beschrieben kaputt gemacht…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Checking the fix…</source>
        <translation>Korrektur wird geprüft…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying the reference fix…</source>
        <translation>Referenzkorrektur wird angewendet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping the lab…</source>
        <translation>Labor wird gestoppt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The result could not be kept: %1</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::ReachabilityChecks</name>
    <message>
        <location filename="../../app/checks/ReachabilityChecks.cpp" line="-420"/>
        <source>A connection to %1 gets through</source>
        <translation>Eine Verbindung zu %1 kommt durch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing listens on %1 (step 1), so there is nothing to connect to yet: %2. The checks below look at what could stand in the way once it listens.</source>
        <translation>Auf %1 lauscht nichts (Schritt 1), es gibt also noch nichts, wohin eine Verbindung gehen könnte: %2. Die folgenden Prüfungen untersuchen, was im Weg stehen könnte, sobald dort etwas lauscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 is refused for lack of permission: %2</source>
        <translation>Die Verbindung zu %1 wird mangels Berechtigung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let nginx connect out: on SELinux systems, setsebool -P httpd_can_network_connect 1.</source>
        <translation>Erlauben Sie nginx ausgehende Verbindungen: auf SELinux-Systemen mit setsebool -P httpd_can_network_connect 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give nginx&apos;s worker user write permission on %1 and search (x) on every directory above it (ls -ld on each shows them).</source>
        <translation>Geben Sie dem Worker-Benutzer von nginx Schreibrecht auf %1 und Suchrecht (x) auf jedes Verzeichnis darüber (ls -ld auf jedes davon zeigt die Rechte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 does not get there: %2</source>
        <translation>Die Verbindung zu %1 kommt nicht an: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name and the route: getent ahosts %1, ip route get, then retry with %2.</source>
        <translation>Prüfen Sie den Namen und die Route: getent ahosts %1, ip route get; versuchen Sie es dann erneut mit %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing answers the connection to %1 within %2 s: a firewall that drops it, or a host that is down.</source>
        <translation>Auf die Verbindung zu %1 antwortet innerhalb von %2 s nichts: Eine Firewall verwirft sie, oder der Host ist ausgefallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look for a rule that drops port %1 (nft list ruleset, iptables -S), then retry with %2.</source>
        <translation>Suchen Sie eine Regel, die Port %1 verwirft (nft list ruleset, iptables -S), und versuchen Sie es dann erneut mit %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection could not be tested: %1</source>
        <translation>Die Verbindung konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 yourself and read its output.</source>
        <translation>Führen Sie %1 selbst aus und lesen Sie die Ausgabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection from this host to %1 comes up in %2 ms: no name, permission, firewall or SELinux rule stands in the way.</source>
        <translation>Eine Verbindung von diesem Host zu %1 kommt in %2 ms zustande: Weder Name noch Berechtigung noch eine Firewall- oder SELinux-Regel steht im Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A connection from this host to %1 comes up: no name, permission, firewall or SELinux rule stands in the way.</source>
        <translation>Eine Verbindung von diesem Host zu %1 kommt zustande: Weder Name noch Berechtigung noch eine Firewall- oder SELinux-Regel steht im Weg.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>nginx&apos;s own connections get through too: its error log shows them failing only later, %1 (%n time(s)). That is not a question of reachability: steps 1 and 5 look at the answer.</source>
        <translation>
            <numerusform>Auch die eigenen Verbindungen von nginx kommen durch: Sein Fehlerprotokoll zeigt, dass sie erst später scheitern, %1 (einmal). Das ist keine Frage der Erreichbarkeit: Die Schritte 1 und 5 untersuchen die Antwort.</numerusform>
            <numerusform>Auch die eigenen Verbindungen von nginx kommen durch: Sein Fehlerprotokoll zeigt, dass sie erst später scheitern, %1 (%n-mal). Das ist keine Frage der Erreichbarkeit: Die Schritte 1 und 5 untersuchen die Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(&quot;Connection timed out&quot; in that line is nginx&apos;s word for an answer that did not come in time, on a connection that was up.)</source>
        <translation>(&quot;Connection timed out&quot; bedeutet in dieser Zeile bei nginx eine Antwort, die auf einer bestehenden Verbindung nicht rechtzeitig kam.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>while sending the request</source>
        <translation>beim Senden der Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while waiting for the answer&apos;s header</source>
        <translation>beim Warten auf den Header der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while reading the answer</source>
        <translation>beim Lesen der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the TLS handshake</source>
        <translation>beim TLS-Handshake</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 resolves</source>
        <translation>%1 wird aufgelöst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird zu %2 aufgelöst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve on the nginx host.</source>
        <translation>%1 lässt sich auf dem nginx-Host nicht auflösen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upstream name %1 does not resolve on the server, so nginx cannot connect to it (and refuses to start or reload with it).</source>
        <translation>Der Upstream-Name %1 lässt sich auf dem Server nicht auflösen, daher kann nginx keine Verbindung dazu aufbauen (und verweigert damit den Start oder das Neuladen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>getent ahosts %1: not found (exit code %2)</source>
        <translation>getent ahosts %1: nicht gefunden (Exit-Code %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the name (typo?), add it to DNS or /etc/hosts, or use an IP address (step 4).</source>
        <translation>Korrigieren Sie den Namen (Tippfehler?), tragen Sie ihn in DNS oder /etc/hosts ein oder verwenden Sie eine IP-Adresse (Schritt 4).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 may use %2</source>
        <translation>%1 darf %2 verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket does not exist.</source>
        <translation>Der Socket existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worker user %1 can reach and write to the socket.</source>
        <translation>Der Worker-Benutzer %1 kann den Socket erreichen und darauf schreiben.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>nginx&apos;s worker user %1 (groups %2) cannot connect to %3: %n thing(s) stand in the way.</source>
        <translation>
            <numerusform>Der Worker-Benutzer %1 von nginx (Gruppen %2) kann sich nicht mit %3 verbinden: Ein Hindernis steht im Weg.</numerusform>
            <numerusform>Der Worker-Benutzer %1 von nginx (Gruppen %2) kann sich nicht mit %3 verbinden: %n Hindernisse stehen im Weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>let %1 through %n directory(ies) (search permission, x)</source>
        <translation>
            <numerusform>%1 Suchrecht (x) auf ein Verzeichnis geben</numerusform>
            <numerusform>%1 Suchrecht (x) auf %n Verzeichnisse geben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Local firewall and port %1</source>
        <translation>Lokale Firewall und Port %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No readable firewall rules (ufw, nft, iptables) on this machine.</source>
        <translation>Keine lesbaren Firewall-Regeln (ufw, nft, iptables) auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a rule that drops or rejects traffic to port %2.</source>
        <translation>%1 hat eine Regel, die Verkehr zu Port %2 verwirft oder ablehnt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not block port %2.</source>
        <translation>%1 blockiert Port %2 nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Let nginx&apos;s connections to port %1 through %2 (the rule above), then make the change permanent where this host&apos;s firewall is configured.</source>
        <translation>Lassen Sie die Verbindungen von nginx zu Port %1 durch %2 durch (die Regel oben) und machen Sie die Änderung dann dort dauerhaft, wo die Firewall dieses Hosts konfiguriert wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>let nginx&apos;s connections to %1 port %2 through, first in %3</source>
        <translation>Verbindungen von nginx zu %1 Port %2 durchlassen, zuerst in %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let nginx&apos;s connections to %1 port %2 through with an accept rule before the one that blocks them (the commands below take effect at once), then make it permanent where this host&apos;s firewall is configured (for nftables, /etc/nftables.conf).</source>
        <translation>Lassen Sie die Verbindungen von nginx zu %1 Port %2 mit einer accept-Regel vor der blockierenden Regel durch (die Befehle unten wirken sofort) und machen Sie das dann dort dauerhaft, wo die Firewall dieses Hosts konfiguriert wird (bei nftables /etc/nftables.conf).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This host reaches %1 on another host</source>
        <translation>Dieser Host erreicht %1 auf einem anderen Host</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 accepts connections from this host (%2).</source>
        <translation>%1 nimmt Verbindungen von diesem Host an (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 could not be tested.</source>
        <translation>Die Verbindung zu %1 konnte nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SELinux</source>
        <translation>SELinux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SELinux is not active here.</source>
        <translation>SELinux ist hier nicht aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux is enforcing and httpd_can_network_connect is off: nginx may not connect to TCP upstreams other than the standard HTTP ports.</source>
        <translation>SELinux ist im Modus enforcing und httpd_can_network_connect ist aus: nginx darf sich nur über die Standard-HTTP-Ports mit TCP-Upstreams verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow it with setsebool -P httpd_can_network_connect 1 (as root), then re-run the checks.</source>
        <translation>Erlauben Sie es mit setsebool -P httpd_can_network_connect 1 (als root) und wiederholen Sie dann die Prüfungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELinux allows nginx&apos;s network connections.</source>
        <translation>SELinux erlaubt die Netzwerkverbindungen von nginx.</translation>
    </message>
</context>
<context>
    <name>gd::ReloadAction</name>
    <message>
        <location filename="../../ui/actions/ReloadAction.cpp" line="+20"/>
        <location line="+31"/>
        <source>Reload nginx</source>
        <translation>nginx neu laden</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Re&amp;load nginx</source>
        <translation>nginx neu &amp;laden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reloaded</source>
        <translation>neu geladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nginx is not running here: there is nothing to reload. Start it instead.</source>
        <translation>nginx läuft hier nicht: Es gibt nichts neu zu laden. Starten Sie nginx stattdessen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the configuration…</source>
        <translation>Konfiguration wird getestet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the configuration is valid</source>
        <translation>die Konfiguration ist gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>new workers took over (%1)</source>
        <translation>neue Worker haben übernommen (%1)</translation>
    </message>
</context>
<context>
    <name>gd::ReloadCommand</name>
    <message>
        <location filename="../../app/cli/ReloadCommand.cpp" line="+28"/>
        <source>Test the nginx configuration and reload nginx, confirmed by new workers.
Exit status: 0 reloaded, 1 refused (nginx -t failed or nginx rejected the reload), 2 could not run.</source>
        <translation>Testet die nginx-Konfiguration und lädt nginx neu, bestätigt durch neue Worker.
Exit-Status: 0 neu geladen, 1 abgelehnt (nginx -t fehlgeschlagen oder nginx hat das Neuladen abgelehnt), 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nginx is not running here: there is nothing to reload. Start it instead.</source>
        <translation>nginx läuft hier nicht: Es gibt nichts neu zu laden. Starten Sie nginx stattdessen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>new workers took over</source>
        <translation>neue Worker haben übernommen</translation>
    </message>
</context>
<context>
    <name>gd::RemoteUpstreamJudge</name>
    <message>
        <location filename="../../app/checks/RemoteUpstreamJudge.cpp" line="+33"/>
        <source>the nginx host</source>
        <translation>dem nginx-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nginx host (%1)</source>
        <translation>dem nginx-Host (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:22 accepts connections</source>
        <translation>%1:22 nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a process</source>
        <translation>ein Prozess</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 listens on %2:%3 on %4, so connections from %5 to %6:%3 are refused: bind it to 0.0.0.0:%3 or to %4&apos;s address %6, and allow port %3 from %5.</source>
        <translation>%1 lauscht auf %2:%3 auf dem Host %4, daher werden Verbindungen von %5 zu %6:%3 abgelehnt: Binden Sie die Anwendung an 0.0.0.0:%3 oder an die Adresse %6 von %4 und erlauben Sie Port %3 von %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On %1, make the application listen on 0.0.0.0:%2 (or %3:%2) instead of %4:%2 (its bind / listen setting), restart it, and let port %2 in from %5 in %1&apos;s firewall.</source>
        <translation>Lassen Sie die Anwendung auf %1 auf 0.0.0.0:%2 (oder %3:%2) statt auf %4:%2 lauschen (ihre bind- bzw. listen-Einstellung), starten Sie sie neu und lassen Sie Port %2 von %5 in der Firewall von %1 herein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing listens on port %1 on %2 (ss there lists no socket on that port): the application is not running on %2, so connections from %3 are refused.</source>
        <translation>Auf Port %1 von %2 lauscht nichts (ss listet dort keinen Socket auf diesem Port): Die Anwendung läuft auf %2 nicht, daher werden Verbindungen von %3 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no TCP listener on port %1</source>
        <translation>auf TCP-Port %1 lauscht nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the application on %1 (port %2) and make sure it stays up.</source>
        <translation>Starten Sie die Anwendung auf %1 (Port %2) und sorgen Sie dafür, dass sie weiterläuft.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 listens on %2:%3 on %4 and %4&apos;s own firewall lets port %3 in, yet connections from %5 fail (%6): a firewall or cloud security group between the hosts blocks them.</source>
        <translation>%1 lauscht auf %2:%3 auf dem Host %4, und die eigene Firewall von %4 lässt Port %3 herein, dennoch scheitern Verbindungen von %5 (%6): Eine Firewall oder Cloud-Sicherheitsgruppe zwischen den Hosts blockiert sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow TCP port %1 from %2 to %3 in the firewall or security group between the hosts.</source>
        <translation>Erlauben Sie TCP-Port %1 von %2 zu %3 in der Firewall oder Sicherheitsgruppe zwischen den Hosts.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 on %2 rejects connections to port %3 (%4), so nginx&apos;s connections from %5 are refused although %6 listens there.</source>
        <translation>%1 auf %2 lehnt Verbindungen zu Port %3 ab (%4), daher werden die Verbindungen, die nginx von %5 aus aufbaut, abgelehnt, obwohl %6 dort lauscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 silently drops connections to port %3 (%4), so nginx&apos;s connections from %5 time out although %6 listens there.</source>
        <translation>%1 auf %2 verwirft Verbindungen zu Port %3 stillschweigend (%4), daher laufen die Verbindungen, die nginx von %5 aus aufbaut, in ein Timeout, obwohl %6 dort lauscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>let port %1 in from %2, before the rule that blocks it</source>
        <translation>Port %1 von %2 hereinlassen, vor der Regel, die ihn blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow TCP port %1 from %2 in %3&apos;s firewall (and make the rule permanent the way %3&apos;s firewall is managed).</source>
        <translation>Erlauben Sie TCP-Port %1 von %2 in der Firewall von %3 (und machen Sie die Regel auf die Weise dauerhaft, wie die Firewall von %3 verwaltet wird).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> To see which, look on that host (gateway-doctor diagnose --upstream-host %1=[user@]host, or &quot;Check the upstream&apos;s host too&quot; in the wizard).</source>
        <translation> Was davon zutrifft, sehen Sie auf diesem Host (gateway-doctor diagnose --upstream-host %1=[user@]host oder „Upstream-Host ebenfalls prüfen“ im Assistenten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Logging in to %1 failed as well: %2</source>
        <translation> Die Anmeldung an %1 ist ebenfalls fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This host has no route to %1 (%2): the upstream address is wrong, or the network between the hosts is not set up.</source>
        <translation>Dieser Host hat keine Route zu %1 (%2): Die Upstream-Adresse ist falsch, oder das Netzwerk zwischen den Hosts ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address in nginx&apos;s configuration and the routes (ip route) towards %1.</source>
        <translation>Prüfen Sie die Adresse in der Konfiguration von nginx und die Routen (ip route) zu %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 refuses connections to port %2, so the host is up (it answered), but nothing accepts connections on %1:%2 there: the application is down, listens only on 127.0.0.1 or another address, or a firewall there rejects the port. nginx&apos;s host cannot see which.%3</source>
        <translation>%1 lehnt Verbindungen zu Port %2 ab; der Host läuft also (er hat geantwortet), aber dort nimmt nichts Verbindungen auf %1:%2 an: Die Anwendung läuft nicht, lauscht nur auf 127.0.0.1 oder einer anderen Adresse, oder eine Firewall dort lehnt den Port ab. Vom nginx-Host aus ist nicht zu erkennen, was davon zutrifft.%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On %1: start the application, make it listen on %1:%2 or 0.0.0.0:%2 (not 127.0.0.1), and let port %2 in from this host.</source>
        <translation>Auf %1: Starten Sie die Anwendung, lassen Sie sie auf %1:%2 oder 0.0.0.0:%2 lauschen (nicht 127.0.0.1) und lassen Sie Port %2 von diesem Host herein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is up (its port 22 answers), but connections to port %2 get no answer at all: a firewall or security group drops them silently, on %1 or between the hosts. nginx waits for proxy_connect_timeout and answers 504.%3</source>
        <translation>%1 läuft (sein Port 22 antwortet), aber Verbindungen zu Port %2 bekommen überhaupt keine Antwort: Eine Firewall oder Sicherheitsgruppe verwirft sie stillschweigend, auf %1 oder zwischen den Hosts. nginx wartet proxy_connect_timeout ab und antwortet mit 504.%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow TCP port %1 from this host to %2 in %2&apos;s firewall and any security group or firewall between the hosts.</source>
        <translation>Erlauben Sie TCP-Port %1 von diesem Host zu %2 in der Firewall von %2 und in jeder Sicherheitsgruppe oder Firewall zwischen den Hosts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neither port %2 nor port 22 of %1 answers: a firewall drops everything to %1, or the host is down.%3</source>
        <translation>Weder Port %2 noch Port 22 von %1 antwortet: Eine Firewall verwirft alles zu %1, oder der Host ist ausgefallen.%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that %1 is up, then the firewalls and security groups between this host and it.</source>
        <translation>Prüfen Sie, ob %1 läuft, und dann die Firewalls und Sicherheitsgruppen zwischen diesem Host und jenem.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is up (its port 22 answers), but connections to port %2 are rejected with &quot;%3&quot;: a firewall rule on the way rejects them.</source>
        <translation>%1 läuft (sein Port 22 antwortet), aber Verbindungen zu Port %2 werden mit &quot;%3&quot; abgelehnt: Eine Firewall-Regel auf dem Weg lehnt sie ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow TCP port %1 from this host to %2 in the firewalls on the way.</source>
        <translation>Erlauben Sie TCP-Port %1 von diesem Host zu %2 in den Firewalls auf dem Weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upstream&apos;s host %1 cannot be reached at all (&quot;%2&quot; on port %3 and on port 22): it is down, or not on the network this host can reach.%4</source>
        <translation>Der Upstream-Host %1 ist überhaupt nicht erreichbar (&quot;%2&quot; auf Port %3 und auf Port 22): Er ist ausgefallen oder nicht in einem Netzwerk, das dieser Host erreichen kann.%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring the host %1 back (power, network link, its address), or point nginx at a host that is up.</source>
        <translation>Bringen Sie den Host %1 wieder in Betrieb (Strom, Netzwerkverbindung, seine Adresse) oder lassen Sie nginx auf einen laufenden Host zeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no route (%1)</source>
        <translation>keine Route (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route via %1</source>
        <translation>Route über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route via %1 through %2</source>
        <translation>Route über %1 via %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepts connections</source>
        <translation>nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer (timed out)</source>
        <translation>keine Antwort (Timeout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port 22: %1</source>
        <translation>Port 22: %1</translation>
    </message>
</context>
<context>
    <name>gd::ReportText</name>
    <message>
        <location filename="../../app/cli/ReportText.cpp" line="+134"/>
        <source>Gateway Doctor — %1</source>
        <translation>Gateway Doctor — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx %1, %2, config %3</source>
        <translation>nginx %1, %2, Konfiguration %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answers %2</source>
        <translation>%1 antwortet mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gives no HTTP answer</source>
        <translation>%1 gibt keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served by %1</source>
        <translation>Ausgeliefert von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problem found: nginx and its upstreams look healthy; this is not a gateway fault.</source>
        <translation>Kein Problem gefunden: nginx und seine Upstreams sehen gesund aus; das ist kein Gateway-Fehler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No live problem found.</source>
        <translation>Kein aktuelles Problem gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem found with %1: it answers %2 now.</source>
        <translation>Kein Problem mit %1 gefunden: Die URL antwortet jetzt mit %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported below, not counted: problems of other sites on this server and errors that stopped.</source>
        <translation>Unten aufgeführt, aber nicht gezählt: Probleme anderer Websites auf diesem Server und Fehler, die aufgehört haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is wrong: %1</source>
        <translation>Was falsch ist: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:  %1</source>
        <translation>Warum:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:  %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the application itself: %1</source>
        <translation>in der Anwendung selbst: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source> (and %n more like it)</source>
        <translation>
            <numerusform> (und ein weiterer dieser Art)</numerusform>
            <numerusform> (und %n weitere dieser Art)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n other piece(s) of evidence in --json</source>
        <translation>
            <numerusform>, ein weiterer Nachweis in --json</numerusform>
            <numerusform>, %n weitere Nachweise in --json</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source> — passes %1</source>
        <translation> — besteht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   edit %1 line %2 (%3)%4</source>
        <translation>   bearbeiten %1 Zeile %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (on the upstream&apos;s host)</source>
        <translation> (auf dem Upstream-Host)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   run  %1%2   # %3</source>
        <translation>   ausführen  %1%2   # %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   Fix (in the application; nothing here to change): %1</source>
        <translation>   Abhilfe (in der Anwendung; hier ist nichts zu ändern): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Fix: %1</source>
        <translation>   Abhilfe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>   And %n more here, by cause (gateway-doctor diagnose --json has each whole; fix apply --finding N fixes one):</source>
        <translation>
            <numerusform>   Und %n weiterer hier, nach Ursache (gateway-doctor diagnose --json zeigt jeden ganz; fix apply --finding N behebt einen):</numerusform>
            <numerusform>   Und %n weitere hier, nach Ursache (gateway-doctor diagnose --json zeigt jeden ganz; fix apply --finding N behebt einen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   %1 ×%2 (%3)%4</source>
        <translation>   %1 ×%2 (%3)%4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (follows from: %2)</source>
        <translation>%1 (folgt aus: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words used above</source>
        <translation>Oben verwendete Begriffe</translation>
    </message>
</context>
<context>
    <name>gd::ResolverJudge</name>
    <message>
        <location filename="../../app/checks/ResolverJudge.cpp" line="+45"/>
        <source>/etc/resolv.conf was not read</source>
        <translation>/etc/resolv.conf wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/etc/resolv.conf could not be read: %1</source>
        <translation>/etc/resolv.conf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/etc/resolv.conf names no nameserver</source>
        <translation>/etc/resolv.conf nennt keinen Nameserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name nginx looks up is not written in the configuration, so it could not be tested</source>
        <translation>der Name, den nginx auflöst, steht nicht in der Konfiguration, daher konnte er nicht getestet werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the nameservers could not be asked</source>
        <translation>die Nameserver konnten nicht abgefragt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nameservers could not be asked (%1; dig is in the package bind9-dnsutils or dnsutils)</source>
        <translation>die Nameserver konnten nicht abgefragt werden (%1; dig ist im Paket bind9-dnsutils oder dnsutils enthalten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none of this host&apos;s nameservers (/etc/resolv.conf: %1) answers</source>
        <translation>keiner der Nameserver dieses Hosts (/etc/resolv.conf: %1) antwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 resolves nowhere: %2</source>
        <translation>%1 wird nirgends aufgelöst: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 -&gt; %2: %3 listens there</source>
        <translation>%1 -&gt; %2: dort lauscht %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is read nowhere else</source>
        <translation>%1 wird sonst nirgends gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist in DNS, but %2 listens on this host on the port the configuration names: if that is the app, point %3 at it (below). Otherwise add the name to DNS; nginx&apos;s resolver does not read /etc/hosts.</source>
        <translation>%1 existiert nicht im DNS, aber %2 lauscht auf diesem Host auf dem Port, den die Konfiguration nennt: Wenn das die Anwendung ist, lassen Sie %3 darauf zeigen (siehe unten). Andernfalls tragen Sie den Namen ins DNS ein; der Resolver von nginx liest /etc/hosts nicht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A resolver for %1</source>
        <translation>Ein Resolver für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) names its upstream at request time, but no `resolver` is configured: nginx cannot look the name up and answers 502.</source>
        <translation>%1 (%2) bestimmt seinen Upstream erst zur Anfragezeit, aber es ist kein `resolver` konfiguriert: nginx kann den Namen nicht auflösen und antwortet mit 502.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) takes its upstream from a variable at request time, and no `resolver` is configured. nginx first matches the value against the upstream {} names, and an address needs no lookup; any other name fails with 502 (&quot;no resolver defined to resolve NAME&quot; in the error log). The error log shows no such failure.</source>
        <translation>%1 (%2) nimmt seinen Upstream zur Anfragezeit aus einer Variable, und es ist kein `resolver` konfiguriert. nginx vergleicht den Wert zuerst mit den Namen der upstream {}-Blöcke, und eine Adresse muss nicht aufgelöst werden; jeder andere Name scheitert mit 502 (&quot;no resolver defined to resolve NAME&quot; im Fehlerprotokoll). Das Fehlerprotokoll zeigt keinen solchen Fehler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) takes its upstream from a variable that the configuration sets to %3, a name nginx would have to look up, and no `resolver` is configured: a request that uses it fails with 502. The error log shows no such failure yet.</source>
        <translation>%1 (%2) nimmt seinen Upstream zur Anfragezeit aus einer Variable, die die Konfiguration auf %3 setzt, einen Namen, den nginx auflösen müsste, und es ist kein `resolver` konfiguriert: Eine Anfrage, die ihn verwendet, scheitert mit 502. Das Fehlerprotokoll zeigt noch keinen solchen Fehler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>resolver %1: this host&apos;s own nameserver, which answers and resolves %2</source>
        <translation>resolver %1: der eigene Nameserver dieses Hosts, der antwortet und %2 auflöst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add `resolver %1;` to this server block: %2 is this host&apos;s own nameserver (/etc/resolv.conf), and it resolves %3 to %4.</source>
        <translation>Fügen Sie `resolver %1;` in diesen server-Block ein: %2 ist der eigene Nameserver dieses Hosts (/etc/resolv.conf) und löst %3 zu %4 auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And %1.</source>
        <translation>Außerdem: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolver alone will not help: %1 does not exist in DNS. Add it to DNS (nginx&apos;s resolver does not read /etc/hosts), or point the pass directive at a fixed address or an upstream {} block.</source>
        <translation>Ein Resolver allein hilft nicht: %1 existiert nicht im DNS. Tragen Sie den Namen ins DNS ein (der Resolver von nginx liest /etc/hosts nicht) oder lassen Sie die pass-Direktive auf eine feste Adresse oder einen upstream {}-Block zeigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a `resolver` with the address of a DNS server that resolves the upstream&apos;s name, or use a fixed address or an upstream {} block. No server to propose: %1.</source>
        <translation>Fügen Sie einen `resolver` mit der Adresse eines DNS-Servers hinzu, der den Namen des Upstreams auflöst, oder verwenden Sie eine feste Adresse oder einen upstream {}-Block. Es gibt keinen Server, der sich vorschlagen ließe: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resolver for %1 answers</source>
        <translation>Der Resolver für %1 antwortet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The name nginx looks up is not written in the configuration: whether the resolver (%1) answers could not be tested.</source>
        <translation>Der Name, den nginx auflöst, steht nicht in der Konfiguration: Ob der Resolver (%1) antwortet, konnte nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the resolver (%1) answers could not be tested: %2.</source>
        <translation>Ob der Resolver (%1) antwortet, konnte nicht getestet werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no query ran</source>
        <translation>es lief keine Abfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the servers that do not answer out of the resolver line at %1: nginx asks them in turn, and each wait delays requests.</source>
        <translation>Nehmen Sie die Server, die nicht antworten, aus der resolver-Zeile in %1 heraus: nginx fragt sie der Reihe nach, und jedes Warten verzögert Anfragen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing listens there</source>
        <translation>dort lauscht nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply within a second</source>
        <translation>keine Antwort innerhalb einer Sekunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your resolver %1 does not answer (%2)</source>
        <translation>Ihr Resolver %1 antwortet nicht (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) is looked up at request time by the `resolver` at %3, but %4: nginx waits for it (resolver_timeout) and answers 502.</source>
        <translation>%1 (%2) wird zur Anfragezeit vom `resolver` in %3 aufgelöst, aber %4: nginx wartet darauf (resolver_timeout) und antwortet mit 502.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) takes its upstream from a variable; a request whose value is a name is looked up by the `resolver` at %3, but %4: nginx would wait for it (resolver_timeout) and answer 502. The error log shows no failed lookup yet.</source>
        <translation>%1 (%2) nimmt seinen Upstream aus einer Variable; bei einer Anfrage, deren Wert ein Name ist, löst der `resolver` in %3 diesen auf, aber %4: nginx würde darauf warten (resolver_timeout) und mit 502 antworten. Das Fehlerprotokoll zeigt noch keine fehlgeschlagene Auflösung.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>use %1, this host&apos;s own nameserver, which answers and resolves %2, instead of %3</source>
        <translation>%1 statt %3 verwenden, den eigenen Nameserver dieses Hosts, der antwortet und %2 auflöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace %1 in the `resolver` line with %2: this host&apos;s own nameserver (/etc/resolv.conf), which answers and resolves %3 to %4.</source>
        <translation>Ersetzen Sie %1 in der `resolver`-Zeile durch %2: den eigenen Nameserver dieses Hosts (/etc/resolv.conf), der antwortet und %3 zu %4 auflöst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point the `resolver` line at a DNS server that answers and knows %1 instead of %2; none to propose here: %3.</source>
        <translation>Lassen Sie die `resolver`-Zeile statt auf %2 auf einen DNS-Server zeigen, der antwortet und %1 kennt; hier lässt sich keiner vorschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>gd::RestartAction</name>
    <message>
        <location filename="../../ui/actions/RestartAction.cpp" line="+23"/>
        <source>Restart the upstream</source>
        <translation>Upstream neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart &amp;upstream</source>
        <translation>&amp;Upstream neu starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ystemd unit:</source>
        <translation>S&amp;ystemd-Unit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The systemd unit to restart</source>
        <translation>Die neu zu startende systemd-Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. gunicorn.service</source>
        <translation>z. B. gunicorn.service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The command to run by hand</source>
        <translation>Der Befehl zum Ausführen von Hand</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The unit the diagnosis found behind the upstream</source>
        <translation>Die Unit, die die Diagnose hinter dem Upstream gefunden hat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restart upstream</source>
        <translation>Upstream neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restarted, nginx reloaded</source>
        <translation>neu gestartet, nginx neu geladen</translation>
    </message>
</context>
<context>
    <name>gd::RestartUpstreamCommand</name>
    <message>
        <location filename="../../app/cli/RestartUpstreamCommand.cpp" line="+25"/>
        <source>Restart the app server behind nginx (its systemd unit), then reload nginx.
Exit status: 0 done and confirmed, 1 refused, 2 could not run.</source>
        <translation>Startet den App-Server hinter nginx neu (seine systemd-Unit) und lädt dann nginx neu.
Exit-Status: 0 erledigt und bestätigt, 1 abgelehnt, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit to restart (default: the one the diagnosis found).</source>
        <translation>Die neu zu startende Unit (Standard: die von der Diagnose gefundene).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The failing URL (picks the upstream).</source>
        <translation>Die fehlschlagende URL (bestimmt den Upstream).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no systemd unit runs the upstream here; name it with --unit, or restart the app server the way it was started and run gateway-doctor reload.</source>
        <translation>keine systemd-Unit betreibt hier den Upstream; nennen Sie sie mit --unit, oder starten Sie den App-Server so neu, wie er gestartet wurde, und führen Sie gateway-doctor reload aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several units serve upstreams (%1): choose one with --unit.</source>
        <translation>mehrere Units bedienen Upstreams (%1): Wählen Sie eine mit --unit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  then: %1</source>
        <translation>  danach: %1</translation>
    </message>
</context>
<context>
    <name>gd::RollbackAction</name>
    <message>
        <location filename="../../ui/actions/RollbackAction.cpp" line="+22"/>
        <location line="+121"/>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Find bac&amp;kups</source>
        <translation>&amp;Sicherungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore the selected backup…</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for backups…</source>
        <translation>Sicherungen werden gesucht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — copy of %2 as it was on %3 (%4)</source>
        <translation>%1 — Kopie von %2 mit dem Stand vom %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n backup(s), newest first.</source>
        <translation>
            <numerusform>%n Sicherung.</numerusform>
            <numerusform>%n Sicherungen, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
</context>
<context>
    <name>gd::RollbackCommand</name>
    <message>
        <location filename="../../app/cli/RollbackCommand.cpp" line="+26"/>
        <source>List the backups Gateway Doctor made of this nginx&apos;s config files, or restore one: the current file is backed up, then tested, reloaded and confirmed like any change.
Exit status: 0 done, 1 refused or rolled back, 2 could not run.</source>
        <translation>Listet die Sicherungen auf, die Gateway Doctor von den Konfigurationsdateien dieses nginx angelegt hat, oder stellt eine davon wieder her: Die aktuelle Datei wird gesichert, dann wird wie bei jeder Änderung getestet, neu geladen und bestätigt.
Exit-Status: 0 erledigt, 1 abgelehnt oder zurückgenommen, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the backups (newest first).</source>
        <translation>Die Sicherungen auflisten (neueste zuerst).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup to restore (a path from --list).</source>
        <translation>Die wiederherzustellende Sicherung (ein Pfad aus --list).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give either --list or one backup to restore.</source>
        <translation>geben Sie entweder --list oder eine wiederherzustellende Sicherung an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backups of this configuration&apos;s files.</source>
        <translation>Keine Sicherungen der Dateien dieser Konfiguration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of the backups listed by --list.</source>
        <translation>%1 gehört nicht zu den von --list aufgeführten Sicherungen.</translation>
    </message>
</context>
<context>
    <name>gd::RollbackGuard</name>
    <message>
        <location filename="../../app/fixes/RollbackGuard.cpp" line="+74"/>
        <location line="+34"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Could not arm the automatic rollback</source>
        <translation>Die automatische Rücknahme konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not arm the automatic rollback: %1</source>
        <translation>Die automatische Rücknahme konnte nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not disarm the automatic rollback</source>
        <translation>Die automatische Rücknahme konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The automatic rollback&apos;s token disappeared (someone removed %1).</source>
        <translation>Das Token der automatischen Rücknahme ist verschwunden (jemand hat %1 entfernt).</translation>
    </message>
</context>
<context>
    <name>gd::Scenario</name>
    <message>
        <location filename="../../app/lab/Scenario.cpp" line="+87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;id&quot; must be lower-case letters, digits and dashes</source>
        <translation>&quot;id&quot; darf nur aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;title&quot; and &quot;ticket&quot; are required</source>
        <translation>&quot;title&quot; und &quot;ticket&quot; sind erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;difficulty&quot; is 1, 2 or 3</source>
        <translation>&quot;difficulty&quot; ist 1, 2 oder 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;cause&quot; must be a cause code or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation>&quot;cause&quot; muss ein Ursachencode oder &quot;none&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown requirement &quot;%1&quot;</source>
        <translation>unbekannte Voraussetzung &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter %1: &quot;one_of&quot; is empty</source>
        <translation>Parameter %1: &quot;one_of&quot; ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter %1: &quot;range&quot; is [low, high]</source>
        <translation>Parameter %1: &quot;range&quot; ist [low, high]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter %1: &quot;near&quot; names another port parameter, &quot;offset&quot; is [low, high]</source>
        <translation>Parameter %1: &quot;near&quot; nennt einen anderen Port-Parameter, &quot;offset&quot; ist [low, high]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter %1: one of one_of, range, port, quiet_port, near, token</source>
        <translation>Parameter %1: eines von one_of, range, port, quiet_port, near, token</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>apps: each has a &quot;name&quot; (not nginx) and a &quot;kind&quot; of %1</source>
        <translation>apps: Jede App hat einen &quot;name&quot; (nicht nginx) und ein &quot;kind&quot; aus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apps: a load needs a &quot;target&quot; path</source>
        <translation>apps: Eine App vom kind &quot;load&quot; braucht einen &quot;target&quot;-Pfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sites: each has a &quot;name&quot; and a &quot;config&quot;</source>
        <translation>sites: Jede Website hat einen &quot;name&quot; und eine &quot;config&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one site is required</source>
        <translation>mindestens eine Website ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files: &quot;%1&quot; must be relative to the lab directory</source>
        <translation>files: &quot;%1&quot; muss relativ zum Laborverzeichnis sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a scenario with a cause needs at least one fault</source>
        <translation>ein Szenario mit einer Ursache braucht mindestens einen Fehler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hints: each has a &quot;question&quot;, a &quot;where&quot; and an &quot;answer&quot;</source>
        <translation>hints: Jeder Hinweis hat eine &quot;question&quot;, ein &quot;where&quot; und eine &quot;answer&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one hint (question, where, answer) is required</source>
        <translation>mindestens ein Hinweis (question, where, answer) ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reference fix is required</source>
        <translation>eine Referenzkorrektur ist erforderlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>success: &quot;probes&quot; is 1..100</source>
        <translation>success: &quot;probes&quot; ist 1..100</translation>
    </message>
</context>
<context>
    <name>gd::ScenarioCatalog</name>
    <message>
        <location filename="../../app/lab/ScenarioCatalog.cpp" line="+54"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a JSON object: %2 at offset %3</source>
        <translation>%1: kein JSON-Objekt: %2 bei Offset %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the file name must be the id (%2.json)</source>
        <translation>%1: der Dateiname muss die id sein (%2.json)</translation>
    </message>
</context>
<context>
    <name>gd::ScenarioParams</name>
    <message>
        <location filename="../../app/lab/ScenarioParams.cpp" line="+91"/>
        <source>no free loopback port for %1</source>
        <translation>kein freier Loopback-Port für %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no free port near %1 for %2</source>
        <translation>kein freier Port in der Nähe von %1 für %2</translation>
    </message>
</context>
<context>
    <name>gd::ScenarioPicker</name>
    <message>
        <location filename="../../ui/practice/ScenarioPicker.cpp" line="+44"/>
        <source>Practice scenarios</source>
        <translation>Übungsszenarien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your best</source>
        <translation>Ihr Bestwert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The lab is ready: %1 answers as the ticket says.</source>
        <translation>Das Übungslabor ist bereit: %1 antwortet wie im Ticket beschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random; the same number draws the same lab again</source>
        <translation>zufällig; dieselbe Zahl erzeugt wieder dasselbe Labor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard as usual, the ticket on top, hints on request.</source>
        <translation>Der Assistent wie gewohnt, das Ticket oben, Hinweise auf Wunsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor&apos;s verdicts stay hidden until you name the cause.</source>
        <translation>Die Urteile von Gateway Doctor bleiben verborgen, bis Sie die Ursache nennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A timer, no hints, no verdicts until the end, and a score.</source>
        <translation>Mit Stoppuhr, ohne Hinweise, Urteile erst am Ende, mit Punktzahl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · par %2 min</source>
        <translation>%1 · Richtzeit %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot run here: %1</source>
        <translation>Hier nicht ausführbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cannot run here</source>
        <translation>%1 — hier nicht ausführbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 scenarios can run on this computer.</source>
        <translation>%1 von %2 Szenarien können auf diesem Computer laufen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A lab runs already: finish it first (Finish and debrief).</source>
        <translation>Es läuft bereits ein Übungslabor: Beenden Sie es zuerst („Beenden und nachbesprechen“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a scenario that can run here.</source>
        <translation>Wählen Sie ein Szenario, das hier laufen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenarios are still loading…</source>
        <translation>Die Szenarien werden noch geladen…</translation>
    </message>
</context>
<context>
    <name>gd::ScratchConfig</name>
    <message>
        <location filename="../../app/engine/ScratchConfig.cpp" line="+18"/>
        <source>%1 has no line %2</source>
        <translation>%1 hat keine Zeile %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1 of %2 does not read &quot;%3&quot;</source>
        <translation>Zeile %1 von %2 lautet nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the main config file has no absolute path</source>
        <translation>die Hauptkonfigurationsdatei hat keinen absoluten Pfad</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not a file of the configuration nginx runs</source>
        <translation>%1 gehört nicht zu der Konfiguration, mit der nginx läuft</translation>
    </message>
</context>
<context>
    <name>gd::SecretDialog</name>
    <message>
        <location filename="../../ui/dialogs/SecretDialog.cpp" line="+16"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password of %1:</source>
        <translation>&amp;Passwort von %1:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>It is kept in memory for this session only, unless you choose to remember it in the system keychain.</source>
        <translation>Die Eingabe bleibt nur für diese Sitzung im Arbeitsspeicher, sofern Sie sie nicht im System-Schlüsselbund speichern lassen.</translation>
    </message>
</context>
<context>
    <name>gd::SecretStore</name>
    <message>
        <location filename="../../ui/session/SecretStore.cpp" line="+53"/>
        <source>The system keychain is not available.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is not available (%1).</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+13"/>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>gd::ServiceHealthPanel</name>
    <message>
        <location filename="../../ui/panels/ServiceHealthPanel.cpp" line="+24"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service health</source>
        <translation>Zustand der Dienste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>master pid %1, %n worker(s)</source>
        <translation>
            <numerusform>Master-PID %1, ein Worker</numerusform>
            <numerusform>Master-PID %1, %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>since %1; %2</source>
        <translation>seit %1; %2</translation>
    </message>
</context>
<context>
    <name>gd::SocketAccess</name>
    <message>
        <location filename="../../app/checks/SocketAccess.cpp" line="+54"/>
        <source>%1 belongs to %2:%3 with mode %4: %5 may not write to it, and connecting to a unix socket needs write permission.</source>
        <translation>%1 gehört %2:%3 mit Modus %4: %5 darf nicht hineinschreiben, und für eine Verbindung zu einem Unix-Socket ist Schreibrecht nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the directory %1 (%2:%3, mode %4) does not let %5 through (it needs x).</source>
        <translation>das Verzeichnis %1 (%2:%3, Modus %4) lässt %5 nicht durch (dafür ist x nötig).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>let %1 pass through %2</source>
        <translation>%1 durch %2 durchlassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>PHP-FPM creates the socket for group %1, writable by it</source>
        <translation>PHP-FPM legt den Socket für die Gruppe %1 an, für sie beschreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make PHP-FPM pool %1 create its socket for nginx&apos;s group: listen.group = %2 and listen.mode = 0660, then restart PHP-FPM.</source>
        <translation>Lassen Sie den PHP-FPM-Pool %1 seinen Socket für die Gruppe von nginx anlegen: listen.group = %2 und listen.mode = 0660; starten Sie danach PHP-FPM neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the socket nginx&apos;s group, %1</source>
        <translation>dem Socket die Gruppe von nginx geben, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let that group write to the socket</source>
        <translation>dieser Gruppe Schreibrecht auf den Socket geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the socket nginx&apos;s group (%1) and group write permission. The application makes the socket anew when it restarts: set the same there (its socket group and umask), or this comes back.</source>
        <translation>Geben Sie dem Socket die Gruppe von nginx (%1) und Schreibrecht für die Gruppe. Die Anwendung legt den Socket bei jedem Neustart neu an: Stellen Sie dort dasselbe ein (Socket-Gruppe und umask), sonst tritt das Problem wieder auf.</translation>
    </message>
</context>
<context>
    <name>gd::Spinner</name>
    <message>
        <location filename="../../ui/widgets/Spinner.cpp" line="+10"/>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
</context>
<context>
    <name>gd::SshRunner</name>
    <message>
        <location filename="../../remote/SshRunner.cpp" line="+41"/>
        <source>The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile may hang or wait for input.</source>
        <translation>Die Login-Shell auf %1 ist nicht innerhalb von %2 s gestartet; ~/.bashrc oder ~/.profile hängt möglicherweise oder wartet auf eine Eingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shell on %1 did not answer within %2 s.</source>
        <translation>Die Shell auf %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command on %1 could not be stopped; its shell was closed.</source>
        <translation>Der Befehl auf %1 konnte nicht angehalten werden; seine Shell wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The shell on %1 did not report the command&apos;s exit status.</source>
        <translation>Die Shell auf %1 hat den Exit-Status des Befehls nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command was killed by signal %1.</source>
        <translation>Der Befehl wurde durch Signal %1 beendet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not keep a shell open on %1 to run commands in.</source>
        <translation>Auf %1 konnte keine Shell offen gehalten werden, um darin Befehle auszuführen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The shell on %1 that ran this command ended unexpectedly (%2).</source>
        <translation>Die Shell auf %1, die diesen Befehl ausgeführt hat, wurde unerwartet beendet (%2).</translation>
    </message>
</context>
<context>
    <name>gd::SshTarget</name>
    <message>
        <location filename="../../remote/SshTarget.cpp" line="+19"/>
        <source>No server was given.</source>
        <translation>Es wurde kein Server angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server name cannot contain spaces or control characters.</source>
        <translation>Ein Servername darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name before &apos;@&apos; is empty.</source>
        <translation>Der Benutzername vor &apos;@&apos; ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing &apos;]&apos; after the IPv6 address.</source>
        <translation>Nach der IPv6-Adresse fehlt &apos;]&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected text after &apos;]&apos;.</source>
        <translation>Unerwarteter Text nach &apos;]&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name is empty or invalid.</source>
        <translation>Der Servername ist leer oder ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>Der Port muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
</context>
<context>
    <name>gd::SshWorker</name>
    <message>
        <location filename="../../remote/SshWorker.cpp" line="+64"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile may hang or wait for input.</source>
        <translation>Die Login-Shell auf %1 ist nicht innerhalb von %2 s gestartet; ~/.bashrc oder ~/.profile hängt möglicherweise oder wartet auf eine Eingabe.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not set up the SSH event loop.</source>
        <translation>Die SSH-Ereignisschleife konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+44"/>
        <location line="+39"/>
        <source>Disconnected.</source>
        <translation>Verbindung getrennt.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Logged in, but %1 does not let us run commands.</source>
        <translation>Angemeldet, aber %1 lässt keine Befehle zu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shell could be kept open on %1 (%2), so every command now opens an SSH channel of its own and waits for the login shell and its rc files each time.</source>
        <translation>Auf %1 ließ sich keine Shell offen halten (%2), daher öffnet jetzt jeder Befehl einen eigenen SSH-Kanal und wartet jedes Mal auf die Login-Shell und ihre rc-Dateien.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not connected to the server. Reconnect and try again.</source>
        <translation>Nicht mit dem Server verbunden. Verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+64"/>
        <source>The connection to %1 was lost while the command was running. Reconnect, then run this step again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, während der Befehl lief. Verbinden Sie sich neu und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The connection to %1 was lost. Reconnect to continue where you were.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen. Verbinden Sie sich neu, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
</context>
<context>
    <name>gd::StageList</name>
    <message>
        <location filename="../../ui/actions/StageList.cpp" line="+21"/>
        <source>Stages of the change</source>
        <translation>Phasen der Änderung</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>gd::StaleResolutionJudge</name>
    <message>
        <location filename="../../app/checks/StaleResolutionJudge.cpp" line="+183"/>
        <source>or `resolve` on the upstream&apos;s server line (with a `zone` in its upstream {} block and a `resolver`), which this nginx (%1) supports</source>
        <translation>oder `resolve` in der server-Zeile des Upstreams (mit einer `zone` in seinem upstream {}-Block und einem `resolver`), was dieses nginx (%1) unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or, from nginx 1.27.3 on (this one is %1), `resolve` on an upstream {} server line (with a `zone` and a `resolver`)</source>
        <translation>oder, ab nginx 1.27.3 (dieses ist %1), `resolve` in einer server-Zeile in upstream {} (mit einer `zone` und einem `resolver`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of unknown version</source>
        <translation>von unbekannter Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If %1&apos;s address changes often (containers, failover), let nginx resolve it while it runs: a `resolver` (this host&apos;s DNS server) and the name in a variable, e.g. `set $app http://%1:%2;` then `proxy_pass $app;` (nginx then asks that DNS server, not /etc/hosts), %3.</source>
        <translation>Wenn sich die Adresse von %1 oft ändert (Container, Failover), lassen Sie nginx sie während des Betriebs auflösen: ein `resolver` (der DNS-Server dieses Hosts) und der Name in einer Variablen, z. B. `set $app http://%1:%2;` und dann `proxy_pass $app;` (nginx fragt dann diesen DNS-Server, nicht /etc/hosts), %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>getent ahosts %1: %2</source>
        <translation>getent ahosts %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx connected to %1 for %2 and failed %3 %4: the address %5 had when nginx loaded its configuration before. nginx has loaded it again since, at %6, and %5 resolves to %7 now, so these errors ended with that reload.</source>
        <translation>Verbindungen von nginx zu %1 für %2 schlugen %3 %4 fehl: Das ist die Adresse, die %5 hatte, als nginx seine Konfiguration zuvor geladen hat. nginx hat sie seitdem erneut geladen, um %6, und %5 wird jetzt zu %7 aufgelöst; diese Fehler endeten also mit diesem Neuladen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>when it last loaded its configuration (its start or last reload, at %1)</source>
        <translation>beim letzten Laden seiner Konfiguration (Start oder letztes Neuladen, um %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it started or was last reloaded</source>
        <translation>beim Start oder letzten Neuladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; at %1, a FastCGI request gets an answer</source>
        <translation>; unter %1 erhält eine FastCGI-Anfrage eine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; at %1, a request gets HTTP %2</source>
        <translation>; unter %1 erhält eine Anfrage HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 accepts connections</source>
        <translation>; %1 nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Clients got %1.</source>
        <translation> Clients erhielten %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx still connects to %1 for %2, which resolves to %3 now (getent ahosts). It resolved %2 to %1 %4%5. Its connections to %1 for %6 failed %7 %8.%9 nginx looks up the name of an upstream server or of a proxy_pass without variables only when it loads its configuration, so it keeps using %1 until it is reloaded.</source>
        <translation>nginx verbindet sich für %2 immer noch mit %1, obwohl dieser Name jetzt zu %3 aufgelöst wird (getent ahosts). nginx hat %2 %4 zu %1 aufgelöst%5. Seine Verbindungen zu %1 für %6 schlugen %7 %8 fehl.%9 nginx löst den Namen eines Servers in einem upstream-Block oder eines proxy_pass ohne Variablen nur beim Laden seiner Konfiguration auf und verwendet daher %1 weiter, bis es neu geladen wird.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reload also loads what was saved since the last load: %1.</source>
        <translation>Das Neuladen lädt auch, was seit dem letzten Laden gespeichert wurde: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload nginx (%1): it looks %2 up again and connects to %3; nothing in the configuration has to change.%4 %5</source>
        <translation>Laden Sie nginx neu (%1): Es löst %2 erneut auf und verbindet sich mit %3; an der Konfiguration muss nichts geändert werden.%4 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the configuration first</source>
        <translation>zuerst die Konfiguration prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reload nginx, so that it looks %1 up again: %2</source>
        <translation>nginx neu laden, damit es %1 erneut auflöst: %2</translation>
    </message>
</context>
<context>
    <name>gd::StartPage</name>
    <message>
        <location filename="../../ui/pages/StartPage.cpp" line="+71"/>
        <source>Diagnose</source>
        <translation>Diagnostizieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>web1.example.org or an alias</source>
        <translation>web1.example.org oder ein Alias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from your SSH config</source>
        <translation>aus Ihrer SSH-Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default (22)</source>
        <translation>Standard (22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SSH agent and your default keys</source>
        <translation>der SSH-Agent und Ihre Standardschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your private key</source>
        <translation>Wählen Sie Ihren privaten Schlüssel</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The failing page</source>
        <translation>Die fehlschlagende Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://example.org/api/orders</source>
        <translation>https://example.org/api/orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing URL</source>
        <translation>Fehlschlagende URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>found automatically</source>
        <translation>automatisch ermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx binary</source>
        <translation>nginx-Programmdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n&amp;ginx binary:</source>
        <translation>n&amp;ginx-Programmdatei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the one the running nginx uses</source>
        <translation>die vom laufenden nginx verwendete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx configuration file</source>
        <translation>nginx-Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;figuration file:</source>
        <translation>Kon&amp;figurationsdatei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+190"/>
        <location line="+41"/>
        <source>Connec&amp;t</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-240"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read logs of the last hours</source>
        <translation>Protokolle der letzten Stunden lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read &amp;logs of the last:</source>
        <translation>&amp;Protokolle lesen aus den letzten:</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Check that the target can be reached and nginx is there</source>
        <translation>Prüfen, ob das Ziel erreichbar ist und nginx dort vorhanden ist</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected to %1. Looking for nginx…</source>
        <translation>Mit %1 verbunden. nginx wird gesucht…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected to %1: %2 at %3.</source>
        <translation>Mit %1 verbunden: %2 unter %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, but nginx was not found. Give its path under Advanced.</source>
        <translation>Mit %1 verbunden, aber nginx wurde nicht gefunden. Geben Sie den Pfad unter „Erweitert“ an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the fingerprint with whoever runs the server, then connect again.</source>
        <translation>Gleichen Sie den Fingerabdruck mit dem Betreiber des Servers ab und verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>gd::StatusBadge</name>
    <message>
        <location filename="../../ui/widgets/StatusBadge.cpp" line="+34"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Verdict hidden</source>
        <translation>Urteil verborgen</translation>
    </message>
</context>
<context>
    <name>gd::Step</name>
    <message>
        <location filename="../../app/model/Step.cpp" line="+11"/>
        <source>Is the upstream application running and listening?</source>
        <translation>Läuft die Upstream-Anwendung und lauscht sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Upstream running?</source>
        <translation>1. Upstream läuft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx only passes requests on: a 502 most often means the application behind it (the upstream) is not running, or listens on another address than the one nginx uses.</source>
        <translation>nginx reicht Anfragen nur weiter: Ein 502 bedeutet meist, dass die Anwendung dahinter (der Upstream) nicht läuft oder auf einer anderen Adresse lauscht als der, die nginx verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every upstream answers where nginx expects it. Read the error log next: it says what nginx ran into.</source>
        <translation>Jeder Upstream antwortet dort, wo nginx ihn erwartet. Lesen Sie als Nächstes das Fehlerprotokoll: Es zeigt, worauf nginx gestoßen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does the nginx error log say?</source>
        <translation>Was steht im Fehlerprotokoll von nginx?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Error log</source>
        <translation>2. Fehlerprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx writes a line for every failed request, with the upstream and the exact reason. Grouped by cause and upstream, these lines usually name the problem outright.</source>
        <translation>nginx schreibt für jede fehlgeschlagene Anfrage eine Zeile mit dem Upstream und dem genauen Grund. Nach Ursache und Upstream gruppiert, benennen diese Zeilen das Problem meist direkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log shows no upstream failures in the time read. If the site still fails, check whether nginx can reach the upstream at all.</source>
        <translation>Das Protokoll zeigt im gelesenen Zeitraum keine Upstream-Fehler. Wenn die Website trotzdem fehlschlägt, prüfen Sie, ob nginx den Upstream überhaupt erreichen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can nginx reach the upstream?</source>
        <translation>Kann nginx den Upstream erreichen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Reachable?</source>
        <translation>3. Erreichbar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application can run and still be out of nginx&apos;s reach: name resolution, socket permissions, a firewall or SELinux can stand in between.</source>
        <translation>Eine Anwendung kann laufen und trotzdem für nginx unerreichbar sein: Namensauflösung, Socket-Rechte, eine Firewall oder SELinux können dazwischenstehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stands between nginx and its upstreams. Check the configuration next.</source>
        <translation>Zwischen nginx und seinen Upstreams steht nichts im Weg. Prüfen Sie als Nächstes die Konfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the nginx configuration right?</source>
        <translation>Stimmt die nginx-Konfiguration?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Configuration</source>
        <translation>4. Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration decides which server block and location handle the failing URL and where they send it; nginx -t says whether nginx accepts it at all.</source>
        <translation>Die Konfiguration entscheidet, welcher server-Block und welcher location-Block die fehlschlagende URL bearbeiten und wohin sie sie senden; nginx -t sagt, ob nginx sie überhaupt akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx accepts its configuration and the route looks right.</source>
        <translation>nginx akzeptiert seine Konfiguration, und der Weg der Anfrage sieht richtig aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the timeouts and buffers right?</source>
        <translation>Stimmen die Timeouts und Puffer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Timeouts, buffers</source>
        <translation>5. Timeouts, Puffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow application answers after nginx gave up (504), and large response headers overflow nginx&apos;s buffers (502). Here are the values nginx really uses and where each is set.</source>
        <translation>Eine langsame Anwendung antwortet erst, nachdem nginx aufgegeben hat (504), und große Antwort-Header lassen die Puffer von nginx überlaufen (502). Hier sehen Sie die Werte, die nginx tatsächlich verwendet, und wo jeder gesetzt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The timeouts and buffers fit what the upstream needs.</source>
        <translation>Die Timeouts und Puffer passen zu dem, was der Upstream braucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart, reload and watch: is everything healthy?</source>
        <translation>Neu starten, neu laden und beobachten: Ist alles in Ordnung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Restart and watch</source>
        <translation>6. Neustart, beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a fix, the services must run with it: nginx reloaded, the application restarted if needed, and the site watched until the errors stop.</source>
        <translation>Nach einer Korrektur müssen die Dienste damit laufen: nginx neu geladen, die Anwendung bei Bedarf neu gestartet und die Website beobachtet, bis die Fehler aufhören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx and its services are up. Keep an eye on the error log for a while.</source>
        <translation>nginx und seine Dienste laufen. Behalten Sie das Fehlerprotokoll noch eine Weile im Auge.</translation>
    </message>
</context>
<context>
    <name>gd::StepAdvice</name>
    <message>
        <location filename="../../app/engine/StepAdvice.cpp" line="+31"/>
        <source>edit %1:%2</source>
        <translation>%1:%2 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 First: %2.</source>
        <translation>%1 Zuerst: %2.</translation>
    </message>
</context>
<context>
    <name>gd::StepPage</name>
    <message>
        <location filename="../../ui/pages/StepPage.cpp" line="+29"/>
        <source>&amp;Re-run the checks</source>
        <translation>Prüfungen &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check the &amp;upstream&apos;s host too</source>
        <translation>&amp;Upstream-Host ebenfalls prüfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not log in to the upstream&apos;s host: %1</source>
        <translation>Anmeldung am Upstream-Host fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on another host: from here only the connection can be tested. Log in there to see what listens on its port, on which address, and what its firewall lets in.</source>
        <translation>%1 liegt auf einem anderen Host: Von hier aus lässt sich nur die Verbindung testen. Melden Sie sich dort an, um zu sehen, was auf dem Port lauscht, auf welcher Adresse, und was die Firewall dort durchlässt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1 — %2</source>
        <translation>Schritt %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs the diagnosis again; this page shows the new results</source>
        <translation>Führt die Diagnose erneut aus; diese Seite zeigt die neuen Ergebnisse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The diagnosis could not finish: %1</source>
        <translation>Die Diagnose konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Go to step %1</source>
        <translation>&amp;Zu Schritt %1</translation>
    </message>
</context>
<context>
    <name>gd::StepVerdicts</name>
    <message>
        <location filename="../../app/engine/StepVerdicts.cpp" line="+19"/>
        <source>ss -tlnp (ss -xlp for a unix socket) shows what listens, and which process.</source>
        <translation>ss -tlnp (ss -xlp für einen Unix-Socket) zeigt, was lauscht und welcher Prozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl -v to the upstream&apos;s address from this host shows whether a connection gets through.</source>
        <translation>curl -v an die Adresse des Upstreams, von diesem Host aus, zeigt, ob eine Verbindung zustande kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx -T shows the configuration nginx would load, each file with its lines.</source>
        <translation>nginx -T zeigt die Konfiguration, die nginx laden würde, jede Datei mit ihren Zeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx -T shows where each timeout and buffer is set; step 5&apos;s table shows the values in effect.</source>
        <translation>nginx -T zeigt, wo jedes Timeout und jeder Puffer gesetzt ist; die Tabelle in Schritt 5 zeigt die wirksamen Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s own log, or journalctl -u with its service, at the times of the errors says why; after a fix, follow nginx&apos;s error log with tail -f until the errors stop.</source>
        <translation>Das eigene Protokoll der Anwendung oder journalctl -u mit ihrem Dienst zeigt zu den Zeitpunkten der Fehler, warum; verfolgen Sie nach einer Korrektur das Fehlerprotokoll von nginx mit tail -f, bis die Fehler aufhören.</translation>
    </message>
</context>
<context>
    <name>gd::SuggestionCheck</name>
    <message>
        <location filename="../../app/model/SuggestionCheck.h" line="+47"/>
        <source>%1 refuses this suggestion: %2</source>
        <translation>%1 lehnt diesen Vorschlag ab: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>gd::SuggestionValidator</name>
    <message>
        <location filename="../../app/engine/SuggestionValidator.cpp" line="+132"/>
        <source>nginx is not running, so there is no nginx -t of the running master to test it with</source>
        <translation>nginx läuft nicht, daher gibt es kein nginx -t des laufenden Master-Prozesses, um ihn zu testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>the connection to the machine is gone</source>
        <translation>die Verbindung zum Rechner ist abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no scratch directory could be made (mktemp -d: %1)</source>
        <translation>es konnte kein temporäres Verzeichnis angelegt werden (mktemp -d: %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the scratch copy could not be written: %1</source>
        <translation>die temporäre Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx -t could not run: %1</source>
        <translation>nginx -t konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nginx -t refuses the configuration without this change too (%1)</source>
        <translation>nginx -t lehnt die Konfiguration auch ohne diese Änderung ab (%1)</translation>
    </message>
</context>
<context>
    <name>gd::SummaryPage</name>
    <message>
        <location filename="../../ui/pages/SummaryPage.cpp" line="+81"/>
        <source>What was changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to watch next</source>
        <translation>Was Sie als Nächstes beobachten sollten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share the result</source>
        <translation>Ergebnis weitergeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &amp;transcript</source>
        <translation>Mi&amp;tschrift kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transcript of every command is on the clipboard.</source>
        <translation>Die Mitschrift aller Befehle liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;No problem found with %1: it answers %2 now.&lt;/b&gt; Below: problems of other sites on this server and errors that stopped; they are not why this URL would fail.</source>
        <translation>&lt;b&gt;Kein Problem bei %1 gefunden: Die URL antwortet jetzt mit %2.&lt;/b&gt; Unten: Probleme anderer Websites auf diesem Server und Fehler, die aufgehört haben; sie erklären nicht, warum diese URL fehlschlagen würde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No live problem found.&lt;/b&gt; Below: problems of other sites on this server and errors that stopped.</source>
        <translation>&lt;b&gt;Kein aktuelles Problem gefunden.&lt;/b&gt; Unten: Probleme anderer Websites auf diesem Server und Fehler, die aufgehört haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On %1, the most likely root cause is &lt;b&gt;%2&lt;/b&gt; (step %3).</source>
        <translation>Die wahrscheinlichste eigentliche Ursache (%1) ist &lt;b&gt;%2&lt;/b&gt; (Schritt %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n more here: %1</source>
        <translation>
            <numerusform>%n weiterer hier: %1</numerusform>
            <numerusform>%n weitere hier: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>After the diagnosis</source>
        <translation>Nach der Diagnose</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no report yet.</source>
        <translation>Es gibt noch keinen Bericht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>gd::TimeoutChecks</name>
    <message>
        <location filename="../../app/checks/TimeoutChecks.cpp" line="-487"/>
        <source>Effective timeouts and buffers</source>
        <translation>Wirksame Timeouts und Puffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration could not be read.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No location passes requests to an upstream.</source>
        <translation>Kein location-Block leitet Anfragen an einen Upstream weiter.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Timeouts and buffers for %1 (%2)</source>
        <translation>Timeouts und Puffer für %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upstream response times in the access log: p50 %1 s, p95 %2 s, max %3 s (%4 requests).</source>
        <translation>Antwortzeiten des Upstreams im Zugriffsprotokoll: p50 %1 s, p95 %2 s, max. %3 s (%4 Anfragen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The slowest answers (%1 s) come close to %2 %3 (%4): raise it above them before they pass it, or make the application faster.</source>
        <translation>Die langsamsten Antworten (%1 s) kommen nahe an %2 %3 (%4) heran: Erhöhen Sie den Wert darüber, bevor sie ihn überschreiten, oder machen Sie die Anwendung schneller.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1&apos;s log shows requests killed at its own limit: that limit, not nginx&apos;s, ended them.</source>
        <translation>Das Protokoll von %1 zeigt Anfragen, die am eigenen Limit der Anwendung abgebrochen wurden: Dieses Limit, nicht das von nginx, hat sie beendet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The failing URL sent straight to %1 (without nginx): HTTP %2 after %3 s, %4 bytes of response header.</source>
        <translation>Die fehlschlagende URL direkt an %1 gesendet (ohne nginx): HTTP %2 nach %3 s, %4 Byte Antwort-Header.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The failing URL sent straight to %1 (without nginx) got no answer within %2 s.</source>
        <translation>Die fehlschlagende URL, direkt an %1 gesendet (ohne nginx), erhielt innerhalb von %2 s keine Antwort.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 kills requests after %2 s (%3, %4).</source>
        <translation>%1 bricht Anfragen nach %2 s ab (%3, %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is shorter than nginx&apos;s %1: a request slower than %2 s ends in a 502 from the app killing it, never in nginx&apos;s 504.</source>
        <translation>Das ist kürzer als die %1 von nginx: Eine Anfrage, die länger als %2 s dauert, endet mit einem 502, weil die App sie abbricht, nie mit dem 504 von nginx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is longer than nginx&apos;s %1: nginx gives up first (504) while the app goes on working on the request.</source>
        <translation>Das ist länger als die %1 von nginx: nginx gibt zuerst auf (504), während die App die Anfrage weiter bearbeitet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 kills requests after %2 s (%3).</source>
        <translation>%1 bricht Anfragen nach %2 s ab (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PHP-FPM pool %1 ends requests after request_terminate_timeout = %2.</source>
        <translation>PHP-FPM-Pool %1 beendet Anfragen nach request_terminate_timeout = %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Idle connections to upstream %1</source>
        <translation>Leerlaufverbindungen zum Upstream %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closes idle connections after %2 s (%3, %4)</source>
        <translation>%1 schließt Leerlaufverbindungen nach %2 s (%3, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx keeps idle connections to it open for keepalive_timeout %1 (%2; keepalive %3 at %4:%5)</source>
        <translation>nginx hält Leerlaufverbindungen dorthin für keepalive_timeout %1 offen (%2; keepalive %3 in %4:%5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nginx lets them go first: no race.</source>
        <translation>nginx gibt sie zuerst frei: kein Wettlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set keepalive_timeout %1s; in upstream %2, below the app&apos;s %3 s.</source>
        <translation>Setzen Sie keepalive_timeout %1s; im upstream %2, unter den %3 s der App.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>A keep-alive race: %1, but %2. When nginx reuses an idle connection just as the app closes it, the request fails (%n time(s) in the log): nginx sends a GET again on a new connection, but not a POST, which gets 502.</source>
        <translation>
            <numerusform>Ein Keep-alive-Wettlauf: %1, aber %2. Wenn nginx eine Leerlaufverbindung genau dann wiederverwendet, wenn die App sie schließt, schlägt die Anfrage fehl (einmal im Protokoll): nginx sendet einen GET erneut über eine neue Verbindung, aber keinen POST; dieser erhält 502.</numerusform>
            <numerusform>Ein Keep-alive-Wettlauf: %1, aber %2. Wenn nginx eine Leerlaufverbindung genau dann wiederverwendet, wenn die App sie schließt, schlägt die Anfrage fehl (%n-mal im Protokoll): nginx sendet einen GET erneut über eine neue Verbindung, aber keinen POST; dieser erhält 502.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The failed requests shown are POSTs.</source>
        <translation>Die gezeigten fehlgeschlagenen Anfragen sind POSTs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make nginx let idle connections go before the app does: keepalive_timeout %1s; in upstream %2 (below the app&apos;s %3 s), or raise the app&apos;s %4 above nginx&apos;s %5.</source>
        <translation>Lassen Sie nginx Leerlaufverbindungen vor der App freigeben: keepalive_timeout %1s; im upstream %2 (unter den %3 s der App), oder erhöhen Sie %4 der App über die %5 von nginx.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keepalive_timeout %1s in upstream %2</source>
        <translation>keepalive_timeout %1s im upstream %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sent straight to %1 just now, the request took %2 s. </source>
        <translation>Eben direkt an %1 gesendet, dauerte die Anfrage %2 s. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent straight to %1 just now, the request took only %2 s: the slow ones in the log came at another time. </source>
        <translation>Eben direkt an %1 gesendet, dauerte die Anfrage nur %2 s: Die langsamen Anfragen im Protokoll kamen zu einer anderen Zeit. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent straight to %1 just now, the request got no answer at all within the probe&apos;s limit: the app may hang, and a longer timeout may not help. </source>
        <translation>Eben direkt an %1 gesendet, erhielt die Anfrage innerhalb des Limits der Testanfrage überhaupt keine Antwort: Die App hängt möglicherweise, und ein längeres Timeout hilft dann eventuell nicht. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 took longer than %2 = %3 (%4), so nginx gave up and answered 504.</source>
        <translation>%1 brauchte länger als %2 = %3 (%4), daher gab nginx auf und antwortete mit 504.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If the slow requests are legitimate, raise %1 to %2s for this location%3; otherwise make the app faster.</source>
        <translation>Wenn die langsamen Anfragen berechtigt sind, erhöhen Sie %1 für diesen location-Block auf %2s%3; andernfalls machen Sie die App schneller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — and raise the app&apos;s own limit too: </source>
        <translation> — und erhöhen Sie auch das eigene Limit der App: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 for %3</source>
        <translation>%1 %2 für %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1&apos;s response headers (%2 bytes, measured) do not fit in %3 = %4 (%5), so nginx answers 502.</source>
        <translation>Die Antwort-Header von %1 (%2 Byte, gemessen) passen nicht in %3 = %4 (%5), daher antwortet nginx mit 502.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s response headers do not fit in %2 = %3 (%4), so nginx answers 502.</source>
        <translation>Die Antwort-Header von %1 passen nicht in %2 = %3 (%4), daher antwortet nginx mit 502.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set %1 %2 for this location.</source>
        <translation>Setzen Sie %1 %2 für diesen location-Block.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 %2, %3 %4 and %5 %6 for this location.</source>
        <translation>Setzen Sie %1 %2, %3 %4 und %5 %6 für diesen location-Block.</translation>
    </message>
</context>
<context>
    <name>gd::TimeoutsEditor</name>
    <message>
        <location filename="../../ui/actions/TimeoutsEditor.cpp" line="+39"/>
        <source>Pre&amp;view the change</source>
        <translation>&amp;Vorschau der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;heck again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change them</source>
        <translation>Werte ändern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>B&amp;lock:</source>
        <translation>B&amp;lock:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block to change</source>
        <translation>Der zu ändernde Block</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the diff; nothing is written</source>
        <translation>Zeigt den Diff; nichts wird geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the diff and ask; then back up, write, test, reload and check</source>
        <translation>Zeigt den Diff und fragt nach; dann sichern, schreiben, testen, neu laden und prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the diagnosis again to see the values nginx uses now</source>
        <translation>Führt die Diagnose erneut aus, um die Werte zu sehen, die nginx jetzt verwendet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 — serves the failing URL</source>
        <translation>%1 — liefert die fehlschlagende URL aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No block here hands requests to an upstream: there is nothing to change.</source>
        <translation>Kein Block hier gibt Anfragen an einen Upstream weiter: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The diagnosis&apos;s recommendation for this block is not prefilled: %1. Prefilled with the guide&apos;s values instead (75 s timeouts, 8 16k buffers).</source>
        <translation>Die Empfehlung der Diagnose für diesen Block ist nicht vorausgefüllt: %1. Stattdessen mit den Werten des Leitfadens vorausgefüllt (75 s Timeouts, 8 16k Puffer).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>keep %1</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1 (%2). Leave empty to keep it.</source>
        <translation>Jetzt: %1 (%2). Leer lassen, um den Wert zu behalten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type at least one value to change.</source>
        <translation>Geben Sie mindestens einen zu ändernden Wert ein.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Timeouts and buffers</source>
        <translation>Timeouts und Puffer</translation>
    </message>
</context>
<context>
    <name>gd::TimeoutsPanel</name>
    <message>
        <location filename="../../ui/panels/TimeoutsPanel.cpp" line="+136"/>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set in</source>
        <translation>Gesetzt in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Effective values</source>
        <translation>Wirksame Werte</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location %1</source>
        <translation>location %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective timeouts and buffers for %1</source>
        <translation>Wirksame Timeouts und Puffer für %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter or double-click to open %1</source>
        <translation>Eingabetaste oder Doppelklick öffnet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No change suggested</source>
        <translation>Keine Änderung vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>gd::UpstreamAddressJudge</name>
    <message>
        <location filename="../../app/checks/UpstreamAddressJudge.cpp" line="+86"/>
        <source>nginx connects to the socket %1, which does not exist, while a similar socket %2 is listening%3. The path in the config is probably wrong (a PHP version in the path?).</source>
        <translation>nginx verbindet sich mit dem Socket %1, der nicht existiert, während ein ähnlicher Socket %2 lauscht%3. Der Pfad in der Konfiguration ist vermutlich falsch (eine PHP-Version im Pfad?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>send requests to the socket that exists, %1</source>
        <translation>Anfragen an den vorhandenen Socket senden, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point nginx at %1, where the service really listens (or make the service create %2).</source>
        <translation>Richten Sie nginx auf %1 aus, wo der Dienst tatsächlich lauscht (oder lassen Sie den Dienst %2 anlegen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing listens on the unix socket %1: the service behind it is stopped, or it listens somewhere else.</source>
        <translation>Auf dem Unix-Socket %1 lauscht nichts: Der Dienst dahinter ist gestoppt oder lauscht woanders.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no unix socket listening at %1</source>
        <translation>kein lauschender Unix-Socket unter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start (or restart) the service that should create %1 and check that it stays up.</source>
        <translation>Starten Sie den Dienst, der %1 anlegen soll (oder starten Sie ihn neu), und prüfen Sie, ob er weiterläuft.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nginx resolves &quot;localhost&quot; to both ::1 and 127.0.0.1 and tries each, but the app listens only on %1. Connections to %2 are refused, which fills the error log and, under load or with keepalive, turns into 502s.</source>
        <translation>nginx löst &quot;localhost&quot; sowohl zu ::1 als auch zu 127.0.0.1 auf und versucht beide, aber die App lauscht nur auf %1. Verbindungen zu %2 werden abgelehnt; das füllt das Fehlerprotokoll und führt unter Last oder mit keepalive zu 502-Fehlern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing listens on %1, but the same port is open on %2%3: nginx points at the wrong address, or the app is bound to the wrong interface.</source>
        <translation>Auf %1 lauscht nichts, aber derselbe Port ist auf %2%3 offen: nginx zeigt auf die falsche Adresse, oder die App ist an die falsche Schnittstelle gebunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>connect to %1, where the app listens</source>
        <translation>mit %1 verbinden, wo die App lauscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the address the app listens on, %1, instead of &quot;localhost&quot;.</source>
        <translation>Schreiben Sie statt &quot;localhost&quot; die Adresse, auf der die App lauscht: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make nginx connect to %1, where the app listens (or bind the app to %2).</source>
        <translation>Lassen Sie nginx sich mit %1 verbinden, wo die App lauscht (oder binden Sie die App an %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing listens on port %1, but %2 listens on port %3 right next to it: the port in the nginx config (or the app&apos;s) is probably wrong.</source>
        <translation>Auf Port %1 lauscht nichts, aber %2 lauscht direkt daneben auf Port %3: Der Port in der nginx-Konfiguration (oder in der der App) ist vermutlich falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a service</source>
        <translation>ein Dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use port %1, where %2 listens</source>
        <translation>Port %1 verwenden, auf dem %2 lauscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app</source>
        <translation>die App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use port %1 in nginx&apos;s configuration, where the app listens (or start the app on port %2).</source>
        <translation>Verwenden Sie in der Konfiguration von nginx Port %1, auf dem die App lauscht (oder starten Sie die App auf Port %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing listens on %1: the application server is not running (or crashed), so nginx gets &quot;connection refused&quot; and answers 502.</source>
        <translation>Auf %1 lauscht nichts: Der App-Server läuft nicht (oder ist abgestürzt), daher erhält nginx &quot;connection refused&quot; und antwortet mit 502.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no TCP listener for %1</source>
        <translation>kein lauschender TCP-Socket für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the application server behind %1 and make sure it stays up. How it is started here (a service, a process manager, a container) is not something nginx&apos;s side shows.</source>
        <translation>Starten Sie den App-Server hinter %1 und stellen Sie sicher, dass er weiterläuft. Wie er hier gestartet wird (Dienst, Prozessmanager, Container), lässt sich von der Seite von nginx aus nicht erkennen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing listens on %1, where nginx sends requests, but %2 listens on %3, an address no upstream in nginx&apos;s configuration uses: nginx most likely points at the wrong address.</source>
        <translation>Auf %1, wohin nginx Anfragen sendet, lauscht nichts, aber %2 lauscht auf %3, einer Adresse, die kein Upstream in der Konfiguration von nginx verwendet: nginx zeigt höchstwahrscheinlich auf die falsche Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect to %1, where %2 listens</source>
        <translation>mit %1 verbinden, wo %2 lauscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point nginx at %1, where %2 really listens (or make the app listen on %3).</source>
        <translation>Richten Sie nginx auf %1 aus, wo %2 tatsächlich lauscht (oder lassen Sie die App auf %3 lauschen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listens on %2</source>
        <translation>%1 lauscht auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and %1 on %2</source>
        <translation> und %1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; neither is used by nginx&apos;s configuration, so which one was meant is not clear.</source>
        <translation>%1; keiner der beiden wird in der Konfiguration von nginx verwendet, daher ist unklar, welcher gemeint war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; none of them is used by nginx&apos;s configuration, so which one was meant is not clear.</source>
        <translation>%1; keiner davon wird in der Konfiguration von nginx verwendet, daher ist unklar, welcher gemeint war.</translation>
    </message>
</context>
<context>
    <name>gd::UpstreamChecks</name>
    <message>
        <location filename="../../app/checks/UpstreamChecks.cpp" line="-455"/>
        <source>Upstreams</source>
        <translation>Upstreams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has no upstream with a fixed address.</source>
        <translation>Die Konfiguration enthält keinen Upstream mit fester Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration could not be read, so its upstreams are unknown.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden, daher sind ihre Upstreams unbekannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something listens on %1</source>
        <translation>Auf %1 lauscht etwas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list listening sockets: %1</source>
        <translation>Lauschende Sockets konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run ss -tlnp as root (or give the sudo password) and re-run the checks.</source>
        <translation>Führen Sie ss -tlnp als root aus (oder geben Sie das sudo-Passwort ein) und wiederholen Sie die Prüfungen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listening on some of %1&apos;s addresses, not on %2.</source>
        <translation>Lauscht auf einigen Adressen von %1, nicht auf %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the application listen on %1 too, or name the address it listens on instead of %2 in %3.</source>
        <translation>Lassen Sie die Anwendung auch auf %1 lauschen, oder tragen Sie in %3 statt %2 die Adresse ein, auf der sie lauscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+297"/>
        <source>the configuration</source>
        <translation>der Konfiguration</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>%1 is listening.</source>
        <translation>%1 lauscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is listening: %2.</source>
        <translation>%1 lauscht: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing listens on %1.</source>
        <translation>Auf %1 lauscht nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the application that should listen on %1, then check with ss -tlnp that it does.</source>
        <translation>Starten Sie die Anwendung, die auf %1 lauschen soll, und prüfen Sie dann mit ss -tlnp, ob sie das tut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application that should create %1, then check with ss -xlp that it listens there.</source>
        <translation>Starten Sie die Anwendung, die %1 anlegen soll, und prüfen Sie dann mit ss -xlp, ob sie dort lauscht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is on another host: this machine&apos;s sockets say nothing about it, so step 3 tests the connection from here. To look on that host, add --upstream-host %2=[user@]host (or &quot;Check the upstream&apos;s host too&quot; in the wizard).</source>
        <translation>%1 liegt auf einem anderen Host: Die Sockets dieses Rechners sagen nichts darüber aus, daher testet Schritt 3 die Verbindung von hier aus. Um auf diesem Host nachzusehen, fügen Sie --upstream-host %2=[user@]host hinzu (oder im Assistenten „Upstream-Host ebenfalls prüfen“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list listening sockets on %1: %2</source>
        <translation>Lauschende Sockets auf %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On %1, %2 listens on %3:%4%5.</source>
        <translation>Auf %1 lauscht %2 auf %3:%4%5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a process</source>
        <translation>ein Prozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing listens on port %1 on %2.</source>
        <translation>Auf %2 lauscht nichts auf Port %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 (%3)%4.</source>
        <translation>%1 ist %2 (%3)%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, restarted %1 times</source>
        <translation>, %1-mal neu gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read why with systemctl status %1 and journalctl -u %1, then restart it with systemctl restart %1.</source>
        <translation>Lesen Sie den Grund mit systemctl status %1 und journalctl -u %1 nach und starten Sie den Dienst dann mit systemctl restart %1 neu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is served by %2</source>
        <translation>%1 wird von %2 bedient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Binary: %1</source>
        <translation>Programmdatei: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a systemd service; started by pid %1: %2</source>
        <translation>Kein systemd-Dienst; gestartet von PID %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a systemd service.</source>
        <translation>Kein systemd-Dienst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service: %1 (%2: its ExecStart holds the command line)</source>
        <translation>Dienst: %1 (%2: dessen ExecStart enthält die Befehlszeile)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s %2 (%3 s, %4)</source>
        <translation>%2 von %1 (%3 s, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worker class %1</source>
        <translation>Worker-Klasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its own limits: %1</source>
        <translation>Eigene Limits: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its own log: none found (%1).</source>
        <translation>Eigenes Protokoll: keines gefunden (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its own log: %1, %2, could not be read: %3</source>
        <translation>Eigenes Protokoll: %1, %2, konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the sudo password (or run as root) so that its log can be read.</source>
        <translation>Geben Sie das sudo-Passwort ein (oder arbeiten Sie als root), damit das Protokoll gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its own log: %1, %2.</source>
        <translation>Eigenes Protokoll: %1, %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answers a direct request</source>
        <translation>%1 beantwortet eine direkte Anfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The failing URL, sent straight to it, got HTTP %1 after %2 s</source>
        <translation>Die fehlschlagende URL, direkt dorthin gesendet, erhielt nach %2 s HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It answered after %1 s</source>
        <translation>Die Antwort kam nach %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It sent nothing back within %1 s</source>
        <translation>Innerhalb von %1 s kam nichts zurück</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, but nginx waits only %2 for an answer (%3 %4, %5): nginx gives up first and answers 504.</source>
        <translation>%1, aber nginx wartet nur %2 auf eine Antwort (%3 %4, %5): nginx gibt zuerst auf und antwortet mit 504.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find out why the application takes %1 s (its own logs, a slow query), or let nginx wait longer: raise %2 (now %3, %4) above that time; step 5 shows the values and applies the change.</source>
        <translation>Finden Sie heraus, warum die Anwendung %1 s braucht (ihre eigenen Protokolle, eine langsame Abfrage), oder lassen Sie nginx länger warten: Erhöhen Sie %2 (jetzt %3, %4) über diese Zeit; Schritt 5 zeigt die Werte und wendet die Änderung an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point nginx at it with the directive for the protocol it speaks (fastcgi_pass for PHP-FPM, proxy_pass for HTTP) in %1.</source>
        <translation>Richten Sie nginx in %1 mit der passenden Direktive für das Protokoll der Anwendung darauf aus (fastcgi_pass für PHP-FPM, proxy_pass für HTTP).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing answers on %1: start the application there (systemctl start with its unit, or its own start command), or point nginx where it listens (the check above says whether something listens nearby).</source>
        <translation>Auf %1 antwortet nichts: Starten Sie dort die Anwendung (systemctl start mit ihrer Unit oder mit ihrem eigenen Startbefehl), oder richten Sie nginx dorthin aus, wo sie lauscht (die Prüfung oben zeigt, ob in der Nähe etwas lauscht).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The application accepts connections but is slow or stuck: look at its own logs, and compare with the read timeout in step 5.</source>
        <translation>Die Anwendung nimmt Verbindungen an, ist aber langsam oder hängt: Sehen Sie sich ihre eigenen Protokolle an und vergleichen Sie mit dem Lese-Timeout in Schritt 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers the connection: check the host and its firewall (step 3), e.g. with %1.</source>
        <translation>Auf die Verbindung antwortet nichts: Prüfen Sie den Host und seine Firewall (Schritt 3), z. B. mit %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let nginx&apos;s worker user reach %1: step 3 shows what stands in the way.</source>
        <translation>Sorgen Sie dafür, dass der Worker-Benutzer von nginx %1 erreicht: Schritt 3 zeigt, was dem im Weg steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application drops the request: read its own log and journalctl for a crash at that time, then retry with %1.</source>
        <translation>Die Anwendung verwirft die Anfrage: Suchen Sie in ihrem eigenen Protokoll und in journalctl nach einem Absturz zu diesem Zeitpunkt und versuchen Sie es dann erneut mit %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 3 shows why %1 is out of reach (name resolution, route, firewall).</source>
        <translation>Schritt 3 zeigt, warum %1 nicht erreichbar ist (Namensauflösung, Route, Firewall).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 yourself and read its output.</source>
        <translation>Führen Sie %1 selbst aus und lesen Sie die Ausgabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Asked as %1%2.</source>
        <translation> Abgefragt als %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, the user nginx&apos;s workers run as</source>
        <translation>, der Benutzer, unter dem die Worker von nginx laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Asked as %1, not as %2 (nginx&apos;s workers), whose access may differ.</source>
        <translation> Abgefragt als %1, nicht als %2 (die Worker von nginx), dessen Zugriffsrechte abweichen können.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answers a FastCGI request (%1)</source>
        <translation>beantwortet eine FastCGI-Anfrage (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers HTTP %1: connects in %2 ms, the first byte of the answer after %3 s</source>
        <translation>antwortet mit HTTP %1: Verbindung in %2 ms, erstes Byte der Antwort nach %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers HTTP %1 in %2 s</source>
        <translation>antwortet mit HTTP %1 in %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepts connections but %1</source>
        <translation>nimmt Verbindungen an, aber %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>accepts the connection (in %1 ms) but sends nothing back within %2 s</source>
        <translation>nimmt die Verbindung an (in %1 ms), sendet aber innerhalb von %2 s nichts zurück</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>accepts connections</source>
        <translation>nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refuses connections (nothing listening)</source>
        <translation>lehnt Verbindungen ab (nichts lauscht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not answer (connection timed out)</source>
        <translation>antwortet nicht (Verbindungs-Timeout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is unreachable (no route)</source>
        <translation>ist nicht erreichbar (keine Route)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket file does not exist</source>
        <translation>Socket-Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepts connections, then closes them without a FastCGI reply</source>
        <translation>nimmt Verbindungen an und schließt sie dann ohne FastCGI-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes the connection without answering</source>
        <translation>schließt die Verbindung ohne Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resets the connection</source>
        <translation>setzt die Verbindung zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name does not resolve</source>
        <translation>Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepts the connection (in %1 ms), but its answer breaks the request: %2</source>
        <translation>nimmt die Verbindung an (in %1 ms), aber die Antwort lässt die Anfrage scheitern: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probe failed: %1</source>
        <translation>Testanfrage fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gd::UpstreamHostFlow</name>
    <message>
        <location filename="../../ui/session/UpstreamHostFlow.cpp" line="+25"/>
        <source>Check the upstream&apos;s host too</source>
        <translation>Upstream-Host ebenfalls prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on another host. Log in there over SSH to see what listens on its port, which service owns it and what its firewall lets in.

SSH target ([user@]host[:port] or a ~/.ssh/config alias):</source>
        <translation>%1 liegt auf einem anderen Host. Melden Sie sich dort per SSH an, um zu sehen, was auf dem Port lauscht, welcher Dienst ihn belegt und was die Firewall dort durchlässt.

SSH-Ziel ([user@]host[:port] oder ein Alias aus ~/.ssh/config):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>gd::UpstreamRestarter</name>
    <message>
        <location filename="../../app/fixes/UpstreamRestarter.cpp" line="+27"/>
        <source>&quot;%1&quot; is not a systemd unit name.</source>
        <translation>&quot;%1&quot; ist kein Name einer systemd-Unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not restart %1</source>
        <translation>%1 konnte nicht neu gestartet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no service manager here to restart %1 with. Restart the app server the way it was started, then reload nginx.</source>
        <translation>Hier gibt es keinen Dienstmanager, mit dem sich %1 neu starten ließe. Starten Sie den App-Server so neu, wie er gestartet wurde, und laden Sie dann nginx neu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>systemctl restart %1 failed: %2</source>
        <translation>systemctl restart %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restarted %1.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is running again (%2).</source>
        <translation>%1 läuft wieder (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not come back after the restart (%2). Its journal says why: journalctl -u %1</source>
        <translation>%1 lief nach dem Neustart nicht wieder an (%2). Das Journal nennt den Grund: journalctl -u %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nginx was not running and could not be started: %1</source>
        <translation>nginx lief nicht und konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx was not running, so it was started instead of reloaded.</source>
        <translation>nginx lief nicht und wurde daher gestartet statt neu geladen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reloaded nginx (%1): new workers took over.</source>
        <translation>nginx wurde neu geladen (%1): Neue Worker haben übernommen.</translation>
    </message>
</context>
<context>
    <name>gd::UrlMonitor</name>
    <message>
        <location filename="../../app/fixes/UrlMonitor.cpp" line="+98"/>
        <source>stopped with exit code %1: %2</source>
        <translation>mit Exit-Code %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connection to the server lost</source>
        <translation>Verbindung zum Server verloren</translation>
    </message>
</context>
<context>
    <name>gd::UrlProbe</name>
    <message>
        <location filename="../../app/fixes/UrlProbe.cpp" line="+16"/>
        <source>The connection to the machine is gone.</source>
        <translation>Die Verbindung zum Rechner ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not probe the URL</source>
        <translation>Die Testanfrage an die URL ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gd::WizardSession</name>
    <message>
        <location filename="../../ui/session/WizardSession.cpp" line="+90"/>
        <source>The fix runs on the upstream&apos;s host %1, and it is not connected.</source>
        <translation>Die Korrektur läuft auf dem Upstream-Host %1, und dieser ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fix runs on the upstream&apos;s host %1: add it with &quot;Check the upstream&apos;s host too&quot; (step 1) first.</source>
        <translation>Die Korrektur läuft auf dem Upstream-Host %1: Fügen Sie ihn zuerst mit „Upstream-Host ebenfalls prüfen“ (Schritt 1) hinzu.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The connection to %1 is gone.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
</context>
</TS>
