<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminPage</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/first_run.py" line="284"/>
        <source>Your account: it manages the operation&apos;s settings and the other caseworkers&apos; accounts. Its password has at least %n character(s).</source>
        <translation>
            <numerusform>Your account: it manages the operation&apos;s settings and the other caseworkers&apos; accounts. Its password has at least %n character.</numerusform>
            <numerusform>Your account: it manages the operation&apos;s settings and the other caseworkers&apos; accounts. Its password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/first_run.py" line="300"/>
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/assign_dialog.py" line="89"/>
        <source>%Ln person(s) chosen.</source>
        <translation>
            <numerusform>%Ln person chosen.</numerusform>
            <numerusform>%Ln persons chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/assign_dialog.py" line="94"/>
        <source>Whole households: also add the %Ln member(s) not chosen</source>
        <translation>
            <numerusform>Whole households: also add the %Ln member not chosen</numerusform>
            <numerusform>Whole households: also add the %Ln members not chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/assign_dialog.py" line="106"/>
        <source>Warning: this would split %Ln household(s); %1 of their members are not chosen.</source>
        <translation>
            <numerusform>Warning: this would split %Ln household; members not chosen: %1.</numerusform>
            <numerusform>Warning: this would split %Ln households; members not chosen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/case_list.py" line="367"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/models/case_table.py" line="265"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/models/case_table.py" line="267"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/models/case_table.py" line="268"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/checkin_view.py" line="272"/>
        <source>%n person(s) match: type more, or scan</source>
        <translation>
            <numerusform>%n person matches: type more, or scan</numerusform>
            <numerusform>%n persons match: type more, or scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/checkin_view.py" line="467"/>
        <source>Database busy: %n scan(s) waiting, tried again</source>
        <translation>
            <numerusform>Database busy: %n scan waiting, tried again</numerusform>
            <numerusform>Database busy: %n scans waiting, tried again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/checkin_view.py" line="569"/>
        <source>%n scan(s) are still being saved; close again in a moment.</source>
        <translation>
            <numerusform>%n scan is still being saved; close again in a moment.</numerusform>
            <numerusform>%n scans are still being saved; close again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/dashboard_view.py" line="190"/>
        <source>Persons still in the country, last %n day(s)</source>
        <translation>
            <numerusform>Persons still in the country, last %n day</numerusform>
            <numerusform>Persons still in the country, last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/import_wizard.py" line="553"/>
        <source>%Ln row(s) may be persons already known. Nothing is merged unless you choose it.</source>
        <translation>
            <numerusform>%Ln row may be a person already known. Nothing is merged unless you choose it.</numerusform>
            <numerusform>%Ln rows may be persons already known. Nothing is merged unless you choose it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPersonsDialog</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/household_dialogs.py" line="186"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n persons found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/case_household.py" line="191"/>
        <source>%n person(s) will leave the household they are in now: %1. Add them anyway?</source>
        <translation>
            <numerusform>%n person will leave the household they are in now: %1. Add them anyway?</numerusform>
            <numerusform>%n persons will leave the household they are in now: %1. Add them anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="639"/>
        <source>No status change is allowed for all %n selected person(s).</source>
        <translation>
            <numerusform>No status change is allowed for the selected person.</numerusform>
            <numerusform>No status change is allowed for all %n selected persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="643"/>
        <source>Change status of %n person(s)</source>
        <translation>
            <numerusform>Change status of %n person</numerusform>
            <numerusform>Change status of %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="672"/>
        <source>Status changed to &apos;%1&apos; for %n person(s).</source>
        <translation>
            <numerusform>Status changed to &apos;%1&apos; for %n person.</numerusform>
            <numerusform>Status changed to &apos;%1&apos; for %n persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="678"/>
        <source>Changing the status of %n person(s)…</source>
        <translation>
            <numerusform>Changing the status of %n person…</numerusform>
            <numerusform>Changing the status of %n persons…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="686"/>
        <source>Log a contact attempt for %n person(s)</source>
        <translation>
            <numerusform>Log a contact attempt for %n person</numerusform>
            <numerusform>Log a contact attempt for %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="726"/>
        <source>Contact attempt logged for %n person(s).</source>
        <translation>
            <numerusform>Contact attempt logged for %n person.</numerusform>
            <numerusform>Contact attempt logged for %n persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="765"/>
        <source>Household made with %n person(s).</source>
        <translation>
            <numerusform>Household made with %n person.</numerusform>
            <numerusform>Household made with %n persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="789"/>
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n persons to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="815"/>
        <source>The audit trail is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n event verified.</numerusform>
            <numerusform>The audit trail is intact: %n events verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="894"/>
        <source>The database was backed up: %n person(s) in %1 (%2).

This file holds every record, encrypted: it opens only with its passphrase.</source>
        <translation>
            <numerusform>The database was backed up: %n person in %1 (%2).

This file holds every record, encrypted: it opens only with its passphrase.</numerusform>
            <numerusform>The database was backed up: %n persons in %1 (%2).

This file holds every record, encrypted: it opens only with its passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="902"/>
        <source>The database was backed up: %n person(s) in %1 (%2).

This file holds every record and is not encrypted: keep it as safe as the database itself.</source>
        <translation>
            <numerusform>The database was backed up: %n person in %1 (%2).

This file holds every record and is not encrypted: keep it as safe as the database itself.</numerusform>
            <numerusform>The database was backed up: %n persons in %1 (%2).

This file holds every record and is not encrypted: keep it as safe as the database itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="977"/>
        <source>Wiped: %n file(s) destroyed. evactrack closes now.</source>
        <translation>
            <numerusform>Wiped: %n file destroyed. evactrack closes now.</numerusform>
            <numerusform>Wiped: %n files destroyed. evactrack closes now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/main_window.py" line="1159"/>
        <source>The backup was restored: %n person(s).</source>
        <translation>
            <numerusform>The backup was restored: %n person.</numerusform>
            <numerusform>The backup was restored: %n persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeHouseholdDialog</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/household_dialogs.py" line="54"/>
        <source>Make a household of %n person(s)</source>
        <translation>
            <numerusform>Make a household of %n person</numerusform>
            <numerusform>Make a household of %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/household_dialogs.py" line="73"/>
        <source>%n of these person(s) will leave the household they are in now: %1.</source>
        <translation>
            <numerusform>%n of these persons will leave the household they are in now: %1.</numerusform>
            <numerusform>%n of these persons will leave the household they are in now: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestTexts</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/undo.py" line="197"/>
        <source>assignment of %n person(s) to a movement</source>
        <translation>
            <numerusform>assignment of %n person to a movement</numerusform>
            <numerusform>assignment of %n persons to a movement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/undo.py" line="200"/>
        <source>outcome &apos;%1&apos; of %n person(s)</source>
        <translation>
            <numerusform>outcome &apos;%1&apos; of %n person</numerusform>
            <numerusform>outcome &apos;%1&apos; of %n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/import_wizard.py" line="444"/>
        <source>%n legal status value(s) of the list are not recognised. Choose what each means; those left unrecognised are imported as unknown and reported.</source>
        <translation>
            <numerusform>%n legal status value of the list is not recognised. Choose what it means; left unrecognised, it is imported as unknown and reported.</numerusform>
            <numerusform>%n legal status values of the list are not recognised. Choose what each means; those left unrecognised are imported as unknown and reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/messages_dialog.py" line="190"/>
        <source>%n person(s) have no valid phone: they are not exported or marked as sent.</source>
        <translation>
            <numerusform>%n person has no valid phone: they are not exported or marked as sent.</numerusform>
            <numerusform>%n persons have no valid phone: they are not exported or marked as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/messages_dialog.py" line="198"/>
        <source>%n chosen person(s) are on no open movement and get no message.</source>
        <translation>
            <numerusform>%n chosen person is on no open movement and gets no message.</numerusform>
            <numerusform>%n chosen persons are on no open movement and get no message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/messages_dialog.py" line="247"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/messages_dialog.py" line="259"/>
        <source>Record that the message was sent by %1 to %n person(s)?</source>
        <translation>
            <numerusform>Record that the message was sent by %1 to %n person?</numerusform>
            <numerusform>Record that the message was sent by %1 to %n persons?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/messages_dialog.py" line="269"/>
        <source>%n contact attempt(s) recorded.</source>
        <translation>
            <numerusform>%n contact attempt recorded.</numerusform>
            <numerusform>%n contact attempts recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementsBoard</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/movements_view.py" line="473"/>
        <source>Why is %1 aborted? Its %n person(s) go back to &apos;%2&apos; (those refused stay in the follow-up queue).</source>
        <translation>
            <numerusform>Why is %1 aborted? Its %n person goes back to &apos;%2&apos; (if refused, they stay in the follow-up queue).</numerusform>
            <numerusform>Why is %1 aborted? Its %n persons go back to &apos;%2&apos; (those refused stay in the follow-up queue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/movements_view.py" line="521"/>
        <source>Why are %n person(s) taken off %1? They go back to &apos;%2&apos;.</source>
        <translation>
            <numerusform>Why is %n person taken off %1? They go back to &apos;%2&apos;.</numerusform>
            <numerusform>Why are %n persons taken off %1? They go back to &apos;%2&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/movements_view.py" line="550"/>
        <source>Mark %n person(s) of %1 as evacuated (their flight left)?</source>
        <translation>
            <numerusform>Mark %n person of %1 as evacuated (their flight left)?</numerusform>
            <numerusform>Mark %n persons of %1 as evacuated (their flight left)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RendezvousPointsView</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/rendezvous_view.py" line="244"/>
        <source>%Ln person(s) are on open movements from &apos;%1&apos;. Deactivate it anyway? (No new movements can be planned from it.)</source>
        <translation>
            <numerusform>%Ln person is on an open movement from &apos;%1&apos;. Deactivate it anyway? (No new movements can be planned from it.)</numerusform>
            <numerusform>%Ln persons are on open movements from &apos;%1&apos;. Deactivate it anyway? (No new movements can be planned from it.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/views/report_dialog.py" line="105"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChangeTexts</name>
    <message numerus="yes">
        <location filename="../../evactrack/ui/undo.py" line="97"/>
        <source>status change of %n person(s)</source>
        <translation>
            <numerusform>status change of %n person</numerusform>
            <numerusform>status change of %n persons</numerusform>
        </translation>
    </message>
</context>
</TS>
