<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AccessLogView</name>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/access_log.py" line="507" />
            <source>%n entries saved.</source>
            <translation>
                <numerusform>%n regel opgeslagen.</numerusform>
                <numerusform>%n regels opgeslagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation type="vanished">Keten &amp;controleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="308" />
            <location filename="../../officer_desk/ui/views/access_log.py" line="405" />
            <location filename="../../officer_desk/ui/views/access_log.py" line="512" />
            <source>Access log</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="366" />
            <source>Access log entries</source>
            <translation>Regels van het toegangslogboek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="329" />
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="79" />
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="328" />
            <source>All actions</source>
            <translation>Alle handelingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="333" />
            <source>All records</source>
            <translation>Alle gegevens</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="87" />
            <source>Backup made</source>
            <translation>Back-up gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="88" />
            <source>Backup restored</source>
            <translation>Back-up teruggezet</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="465" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="169" />
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="80" />
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="373" />
            <source>Check the &amp;log</source>
            <translation>&amp;Logboek controleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="85" />
            <source>Deleted after the retention period</source>
            <translation>Verwijderd na de bewaartermijn</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="203" />
            <source>Details</source>
            <translation>Bijzonderheden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="319" />
            <source>Each entry carries a SHA-256 hash of itself and of the entry before it (a hash chain); the newest hash is also kept in the key file and in backups.</source>
            <translation>Elke regel bevat een SHA-256-hash van zichzelf en van de regel ervoor (een hashketen); de nieuwste hash staat ook in het sleutelbestand en in de back-ups.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="84" />
            <source>Erased</source>
            <translation>Gewist</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="310" />
            <source>Every time a student's record was opened, changed, exported or erased, and every report and backup, newest first. The log is protected against changes: Check the log tells you whether anything in it was altered or removed.</source>
            <translation>Elke keer dat een studentdossier is geopend, gewijzigd, geëxporteerd of gewist, en elk rapport en elke back-up, nieuwste eerst. Het logboek is beveiligd tegen wijzigingen: met Logboek controleren ziet u of er iets in is veranderd of verwijderd.</translation>
        </message>
        <message>
            <source>Every view, change, export, report, erasure and backup, newest first. Entries are chained by hashes, so any later change to the log shows when you verify it.</source>
            <translation type="vanished">Elke inzage, wijziging, export, rapportage, wissing en back-up, nieuwste eerst. De regels zijn met hashes aan elkaar gekoppeld, zodat elke latere wijziging van het logboek zichtbaar wordt wanneer u het controleert.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="81" />
            <source>Exported</source>
            <translation>Geëxporteerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="90" />
            <source>Faculty reports combined</source>
            <translation>Faculteitsrapporten samengevoegd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="167" />
            <source>Follow-ups</source>
            <translation>Vervolgafspraken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="337" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="340" />
            <source>From date</source>
            <translation>Vanaf datum</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="86" />
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="334" />
            <source>Kind of record</source>
            <translation>Soort gegeven</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="91" />
            <source>Moved to another student</source>
            <translation>Naar een andere student verplaatst</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="360" />
            <source>No entries match these filters. Choose All actions and All records, or widen the dates.</source>
            <translation>Geen regels bij deze filters. Kies Alle handelingen en Alle gegevens, of maak de periode ruimer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="199" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="78" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="89" />
            <source>Passphrase or vault key changed</source>
            <translation>Wachtzin of kluissleutel gewijzigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="375" />
            <source>Recompute the hash chain of every entry to find any change</source>
            <translation>Berekent de hashketen van alle regels opnieuw om elke wijziging te vinden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="168" />
            <source>Referrals</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="82" />
            <source>Report made</source>
            <translation>Rapport gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="83" />
            <source>Report released</source>
            <translation>Rapport vrijgegeven</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="465" />
            <source>Save access log</source>
            <translation>Toegangslogboek opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="378" />
            <source>Save as &amp;CSV…</source>
            <translation>Opslaan als &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="495" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="202" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="166" />
            <source>Students</source>
            <translation>Studenten</translation>
        </message>
        <message numerus="yes">
            <source>The chain of %n entries is intact.</source>
            <translation type="vanished">
                <numerusform>De keten van %n regel is intact.</numerusform>
                <numerusform>De keten van %n regels is intact.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/access_log.py" line="452" />
            <source>The log is intact: none of its %n entries was changed.</source>
            <translation>
                <numerusform>Het logboek is ongewijzigd: de %n regel is niet veranderd.</numerusform>
                <numerusform>Het logboek is ongewijzigd: geen van de %n regels is veranderd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="458" />
            <source>The log was changed at entry no. {id}. Restore a backup and report this.</source>
            <translation>Het logboek is gewijzigd bij regel nr. {id}. Zet een back-up terug en meld dit.</translation>
        </message>
        <message>
            <source>The log was changed: the chain breaks at entry {id}. Restore a backup and report this.</source>
            <translation type="vanished">Het logboek is gewijzigd: de keten breekt bij regel {id}. Zet een back-up terug en meld dit.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="446" />
            <source>This student's record no longer exists.</source>
            <translation>Het dossier van deze student bestaat niet meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="346" />
            <source>To date</source>
            <translation>Tot en met datum</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="76" />
            <source>Vault created</source>
            <translation>Kluis aangemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="77" />
            <source>Vault unlocked</source>
            <translation>Kluis ontgrendeld</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="201" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="200" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>addendum to: {note}</source>
            <translation type="vanished">aanvulling op: {note}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="172" />
            <source>appointments: {n}</source>
            <translation>afspraken: {n}</translation>
        </message>
        <message>
            <source>case closed</source>
            <translation type="vanished">traject gesloten</translation>
        </message>
        <message>
            <source>case reopened</source>
            <translation type="vanished">traject heropend</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="139" />
            <source>draft, not released</source>
            <translation>concept, niet vrijgegeven</translation>
        </message>
        <message>
            <source>edited: {note}</source>
            <translation type="vanished">bewerkt: {note}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="261" />
            <source>erased student</source>
            <translation>gewiste student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="124" />
            <source>from student {a} to student {b}</source>
            <translation>van student {a} naar student {b}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/access_log.py" line="132" />
            <source>kept %n year(s) after the last activity</source>
            <translation>
                <numerusform>%n jaar bewaard na de laatste activiteit</numerusform>
                <numerusform>%n jaar bewaard na de laatste activiteit</numerusform>
            </translation>
        </message>
        <message>
            <source>legal hold off</source>
            <translation type="vanished">juridische bewaarplicht opgeheven</translation>
        </message>
        <message>
            <source>legal hold on</source>
            <translation type="vanished">juridische bewaarplicht ingesteld</translation>
        </message>
        <message>
            <source>merged with student {id}</source>
            <translation type="vanished">samengevoegd met student {id}</translation>
        </message>
        <message>
            <source>not released</source>
            <translation type="vanished">niet vrijgegeven</translation>
        </message>
        <message>
            <source>note finalised</source>
            <translation type="vanished">notitie afgerond</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="137" />
            <source>released figures</source>
            <translation>vrijgegeven cijfers</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="182" />
            <source>rows imported: {n}, left out: {skipped}</source>
            <translation>rijen geïmporteerd: {n}, weggelaten: {skipped}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="174" />
            <source>rows: {n}</source>
            <translation>rijen: {n}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="128" />
            <source>the duplicate's records now belong here</source>
            <translation>de gegevens van de dubbele student horen nu hierbij</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="343" />
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>vault key replaced</source>
            <translation type="vanished">kluissleutel vervangen</translation>
        </message>
        <message>
            <source>with the recovery key</source>
            <translation type="vanished">met de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/access_log.py" line="283" />
            <source>{record}, internal number {id}</source>
            <translation>{record}, intern nummer {id}</translation>
        </message>
    </context>
    <context>
        <name>AccessScreen</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="200" />
            <source>Checking the passphrase…</source>
            <translation>Wachtzin controleren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="260" />
            <source>Choose the backup folder or one backup in it</source>
            <translation>Kies de back-upmap of één back-up daarin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="160" />
            <source>Choose the vault folder</source>
            <translation>Kies de map van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="274" />
            <source>No verified backup of this vault was found there.</source>
            <translation>Daar is geen gecontroleerde back-up van deze kluis gevonden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="306" />
            <source>Opening read-only…</source>
            <translation>Alleen-lezen openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="280" />
            <source>Restore a backup</source>
            <translation>Een back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="281" />
            <source>Restore the backup made on {when}? The damaged vault is kept beside it, not deleted. Work done after that backup is not in it.</source>
            <translation>De back-up van {when} terugzetten? De beschadigde kluis wordt ernaast bewaard, niet verwijderd. Werk dat na die back-up is gedaan, staat er niet in.</translation>
        </message>
        <message>
            <source>The previous key file is back in place. Enter the passphrase that was valid before the last change.</source>
            <translation type="vanished">Het vorige sleutelbestand is teruggezet. Voer de wachtzin in die gold vóór de laatste wijziging.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="234" />
            <source>The vault is damaged, so it cannot be opened for work. You can open it read-only to look things up. To continue working, restore the latest verified backup: the damaged vault is kept aside, not overwritten.</source>
            <translation>De kluis is beschadigd en kan daarom niet worden geopend om in te werken. U kunt hem alleen-lezen openen om iets op te zoeken. Zet de laatste gecontroleerde back-up terug om verder te werken: de beschadigde kluis wordt apart bewaard, niet overschreven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="409" />
            <source>The vault key was changed, but the vault could not be opened with it.</source>
            <translation>De kluissleutel is vervangen, maar de kluis kon er niet mee worden geopend.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/screen.py" line="389" />
            <source>The vault key was not changed.</source>
            <translation>De kluissleutel is niet vervangen.</translation>
        </message>
        <message>
            <source>The vault's database is damaged, so it cannot be opened for work. You can open it read-only to look things up. To continue working, restore the latest verified backup from your backup folder (see Settings).</source>
            <translation type="vanished">De database van de kluis is beschadigd en kan daarom niet worden geopend om in te werken. U kunt hem alleen-lezen openen om iets op te zoeken. Zet de laatste gecontroleerde back-up uit uw back-upmap terug om verder te werken (zie Instellingen).</translation>
        </message>
        <message>
            <source>The vault's database is damaged, so it cannot be opened for work. You can open it read-only to look things up. To continue working, restore the latest verified backup: the damaged vault is kept aside, not overwritten.</source>
            <translation type="vanished">De database van de kluis is beschadigd en kan daarom niet worden geopend om in te werken. U kunt hem alleen-lezen openen om iets op te zoeken. Zet de laatste gecontroleerde back-up terug om verder te werken: de beschadigde kluis wordt apart bewaard, niet overschreven.</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>&amp;Addendum:</source>
            <translation type="vanished">&amp;Aanvulling:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="419" />
            <source>&amp;Addition:</source>
            <translation>&amp;Aanvulling:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="413" />
            <source>&amp;To:</source>
            <translation>&amp;Bij:</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation type="vanished">Aanvulling toevoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="408" />
            <source>Add to a finalised note</source>
            <translation>Een definitieve notitie aanvullen</translation>
        </message>
    </context>
    <context>
        <name>CapsLockWarning</name>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="208" />
            <source>Caps Lock is on</source>
            <translation>Caps Lock staat aan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="207" />
            <source>Caps Lock is on: the passphrase may come out in capitals.</source>
            <translation>Caps Lock staat aan: de wachtzin komt mogelijk in hoofdletters.</translation>
        </message>
    </context>
    <context>
        <name>CaseModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="425" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="422" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="423" />
            <source>Primary concern</source>
            <translation>Hoofdonderwerp</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="426" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="424" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="506" />
            <source>&amp;Leave out the refused rows and import the others</source>
            <translation>&amp;Geweigerde rijen weglaten en de andere importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="510" />
            <source>&amp;Save mapping…</source>
            <translation>Koppeling op&amp;slaan…</translation>
        </message>
        <message>
            <source>A dry run: this is what the import would do. Nothing has been written yet.</source>
            <translation type="vanished">Een proefrun: dit is wat de import zou doen. Er is nog niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="484" />
            <source>A trial run: this is what the import would do. Nothing has been written yet.</source>
            <translation>Een proefdraai: dit is wat de import zou doen. Er is nog niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="482" />
            <source>Check every row</source>
            <translation>Elke rij controleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="521" />
            <source>Checking every row…</source>
            <translation>Elke rij wordt gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="494" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="494" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="507" />
            <source>Leave out the refused rows</source>
            <translation>Geweigerde rijen weglaten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="583" />
            <source>Mappings (*.json)</source>
            <translation>Koppelingen (*.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="494" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="558" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="496" />
            <source>Refused rows and warnings</source>
            <translation>Geweigerde rijen en waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="494" />
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="511" />
            <source>Save the column and value mapping for next time</source>
            <translation>De koppeling van kolommen en waarden bewaren voor een volgende keer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="583" />
            <source>Save the mapping</source>
            <translation>De koppeling opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="489" />
            <source>Summary of the check</source>
            <translation>Samenvatting van de controle</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="578" />
            <source>The check failed.</source>
            <translation>De controle is mislukt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="558" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="550" />
            <source>With refused rows nothing is imported, unless you leave them out.</source>
            <translation>Met geweigerde rijen wordt er niets geïmporteerd, tenzij u ze weglaat.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="560" />
            <source>file</source>
            <translation>bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="544" />
            <source>{rows} rows: {accepted} accepted, {refused} refused. Would create {new_students} new students (and use {existing_students} existing), {consultations} consultations, {referrals} referrals and {follow_ups} follow-ups.</source>
            <translation>{rows} rijen: {accepted} geaccepteerd, {refused} geweigerd. Zou {new_students} nieuwe studenten aanmaken (en {existing_students} bestaande gebruiken), {consultations} gesprekken, {referrals} verwijzingen en {follow_ups} vervolgafspraken.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="19" />
            <source>2026-Q3, or 2026-27-AQ1 in a vault that reports in academic quarters</source>
            <translation>2026-Q3, of 2026-27-AQ1 in een kluis die in kwartalen van het studiejaar rapporteert</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="258" />
            <source>A new passphrase is set. Keep using the same recovery key.</source>
            <translation>Er is een nieuwe wachtzin ingesteld. De herstelsleutel blijft dezelfde.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="118" />
            <location filename="../../officer_desk/commands/vault.py" line="175" />
            <source>Access log: BROKEN at entry {id}</source>
            <translation>Toegangslogboek: GEBROKEN bij regel {id}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="121" />
            <source>Access log: DOES NOT MATCH an anchor of its head (see above)</source>
            <translation>Toegangslogboek: KOMT NIET OVEREEN met een anker van de laatste regel (zie hierboven)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="123" />
            <location filename="../../officer_desk/commands/vault.py" line="172" />
            <source>Access log: ok ({n} entries)</source>
            <translation>Toegangslogboek: in orde ({n} regels)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="193" />
            <source>All checks passed.</source>
            <translation>Alle controles geslaagd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="182" />
            <source>Anchor in backup {name}</source>
            <translation>Anker in back-up {name}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="184" />
            <source>Anchor in released report {name}</source>
            <translation>Anker in vrijgegeven rapport {name}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="180" />
            <source>Anchor in the key file</source>
            <translation>Anker in het sleutelbestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="338" />
            <source>Backup written and verified: {name}</source>
            <translation>Back-up geschreven en gecontroleerd: {name}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="359" />
            <source>Backup {name} restored.</source>
            <translation>Back-up {name} teruggezet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="354" />
            <source>Backup {name} restored. The previous vault was kept as {aside}.</source>
            <translation>Back-up {name} teruggezet. De vorige kluis is bewaard als {aside}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="185" />
            <source>Copies inside the vault folder with an old key file: {n} (they may open with an old passphrase or key; run 'officer-desk rotate-key')</source>
            <translation>Kopieën in de kluismap met een oud sleutelbestand: {n} (ze kunnen openen met een oude wachtzin of sleutel; voer 'officer-desk rotate-key' uit)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="84" />
            <source>Creating the vault; deriving the key takes about a second…</source>
            <translation>De kluis wordt gemaakt; het afleiden van de sleutel duurt ongeveer een seconde…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="221" />
            <source>Current passphrase: </source>
            <translation>Huidige wachtzin: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="192" />
            <source>DISAGREES: entry {n} is not the one recorded (the log was rewritten)</source>
            <translation>WIJKT AF: regel {n} is niet de vastgelegde regel (het logboek is herschreven)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="201" />
            <source>DISAGREES: the anchor was altered or made with another key</source>
            <translation>WIJKT AF: het anker is gewijzigd of met een andere sleutel gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="203" />
            <source>DISAGREES: the key file holds no anchor (it was removed)</source>
            <translation>WIJKT AF: het sleutelbestand bevat geen anker (het is verwijderd)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="188" />
            <source>DISAGREES: the log has fewer than the {n} entries recorded (cut)</source>
            <translation>WIJKT AF: het logboek heeft minder dan de {n} vastgelegde regels (ingekort)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="151" />
            <source>Database: DAMAGED (it does not pass its integrity checks)</source>
            <translation>Database: BESCHADIGD (de integriteitscontroles slagen niet)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="129" />
            <source>Demo vault created. Its passphrase is the one in OFFICER_DESK_PASSPHRASE.</source>
            <translation>Demokluis gemaakt. De wachtzin is die in OFFICER_DESK_PASSPHRASE.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="132" />
            <source>Demo vault created. Its passphrase is: {passphrase}</source>
            <translation>Demokluis gemaakt. De wachtzin is: {passphrase}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="278" />
            <source>Existing backups still open with the old key: make a new backup, then destroy the old ones.</source>
            <translation>Bestaande back-ups openen nog met de oude sleutel: maak een nieuwe back-up en vernietig daarna de oude.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="236" />
            <source>Export of student {id} written ({counts}).</source>
            <translation>Export van student {id} geschreven ({counts}).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="81" />
            <source>Faculty code (optional): </source>
            <translation>Faculteitscode (optioneel): </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="146" />
            <source>Key file: ok</source>
            <translation>Sleutelbestand: in orde</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="269" />
            <source>Key rotated. The old recovery key no longer works.</source>
            <translation>Sleutel vervangen. De oude herstelsleutel werkt niet meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="269" />
            <source>Legal hold of student {id} released.</source>
            <translation>Juridische bewaarplicht van student {id} opgeheven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="219" />
            <source>Merged {n} faculty reports for {period}.</source>
            <translation>{n} faculteitsrapporten voor {period} samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="78" />
            <location filename="../../officer_desk/commands/vault.py" line="201" />
            <source>New passphrase: </source>
            <translation>Nieuwe wachtzin: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="271" />
            <source>New recovery key (shown only once; print it and keep it somewhere safe and offline):</source>
            <translation>Nieuwe herstelsleutel (wordt maar één keer getoond; druk hem af en bewaar hem veilig en offline):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="209" />
            <source>No file in the vault folder or its backup folder opens with the old passphrase any more. Copies made elsewhere (a backup on another disk, a copied key file) still do: if someone may know the old passphrase, run 'officer-desk rotate-key'.</source>
            <translation>Geen enkel bestand in de kluismap of de back-upmap opent nog met de oude wachtzin. Kopieën die elders zijn gemaakt (een back-up op een andere schijf, een gekopieerd sleutelbestand) doen dat nog wel: als iemand de oude wachtzin kan kennen, voer dan 'officer-desk rotate-key' uit.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="250" />
            <source>Nothing was erased. Repeat with --yes to erase (there is no undo).</source>
            <translation>Er is niets gewist. Herhaal met --yes om te wissen (dit kan niet ongedaan worden gemaakt).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="228" />
            <source>Passphrase changed.</source>
            <translation>Wachtzin gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="349" />
            <source>Passphrase of the backup: </source>
            <translation>Wachtzin van de back-up: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="121" />
            <location filename="../../officer_desk/commands/vault.py" line="144" />
            <location filename="../../officer_desk/commands/vault.py" line="266" />
            <source>Passphrase: </source>
            <translation>Wachtzin: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="267" />
            <source>Re-encrypting the database with a new key…</source>
            <translation>De database wordt opnieuw versleuteld met een nieuwe sleutel…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="89" />
            <source>Recovery key (shown only once; print it and keep it somewhere safe and offline):</source>
            <translation>Herstelsleutel (wordt maar één keer getoond; druk hem af en bewaar hem veilig en offline):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="136" />
            <source>Recovery key:</source>
            <translation>Herstelsleutel:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="248" />
            <source>Recovery key: </source>
            <translation>Herstelsleutel: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="83" />
            <source>Repeat it: </source>
            <translation>Nogmaals: </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="109" />
            <source>Report {period}: {state}.</source>
            <translation>Rapport {period}: {state}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="169" />
            <source>SQLCipher page check: ok</source>
            <translation>SQLCipher-paginacontrole: in orde</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="165" />
            <source>SQLCipher page check: {n} problem(s)</source>
            <translation>SQLCipher-paginacontrole: {n} probleem/problemen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="162" />
            <source>SQLite integrity check: ok</source>
            <translation>SQLite-integriteitscontrole: in orde</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="158" />
            <source>SQLite integrity check: {n} problem(s)</source>
            <translation>SQLite-integriteitscontrole: {n} probleem/problemen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="253" />
            <source>Student {id} erased ({counts}).</source>
            <translation>Student {id} gewist ({counts}).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="249" />
            <source>Student {id} holds: {counts}.</source>
            <translation>Student {id} heeft: {counts}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="267" />
            <source>Student {id} is on legal hold.</source>
            <translation>Voor student {id} geldt een juridische bewaarplicht.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="87" />
            <source>Vault created.</source>
            <translation>Kluis gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="134" />
            <source>Warning: an interrupted key rotation left this vault without a recovery key you have seen. Run 'officer-desk rotate-key' again to get a new one.</source>
            <translation>Waarschuwing: door een onderbroken sleutelwissel heeft deze kluis geen herstelsleutel die u hebt gezien. Voer 'officer-desk rotate-key' opnieuw uit voor een nieuwe.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="255" />
            <source>Warning: the change log could not be emptied; close other windows.</source>
            <translation>Waarschuwing: het wijzigingslogboek kon niet worden geleegd; sluit andere vensters.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="361" />
            <source>Warning: the restored vault does not pass its checks.</source>
            <translation>Waarschuwing: de teruggezette kluis slaagt niet voor de controles.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="336" />
            <source>Writing and verifying the backup…</source>
            <translation>De back-up wordt geschreven en gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="127" />
            <source>Year to date up to {period} ({label}): added up from the released quarters.</source>
            <translation>Jaar tot nu toe, tot en met {period} ({label}): opgeteld uit de vrijgegeven kwartalen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="80" />
            <source>Your name (optional): </source>
            <translation>Uw naam (optioneel): </translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="72" />
            <source>a UTF-8 file with one FACULTY=FINGERPRINT per line (# comments)</source>
            <translation>een UTF-8-bestand met één FACULTEIT=VINGERAFDRUK per regel (# voor commentaar)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="77" />
            <source>a file recording the releases merged before (created if missing): refuses a second release of a quarter and an older release number</source>
            <translation>een bestand met de eerder samengevoegde vrijgaven (wordt aangemaakt als het ontbreekt): weigert een tweede vrijgave van een kwartaal en een ouder vrijgavenummer</translation>
        </message>
        <message>
            <source>a file with one trusted fingerprint per line</source>
            <translation type="vanished">een bestand met één vertrouwde vingerafdruk per regel</translation>
        </message>
        <message>
            <source>accept bundles signed by this key fingerprint (repeat per faculty)</source>
            <translation type="vanished">bundels accepteren die met deze sleutelvingerafdruk zijn ondertekend (herhaal per faculteit)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="63" />
            <source>accept this faculty's bundles only when signed by the key with this fingerprint (repeat per faculty)</source>
            <translation>accepteer de bundels van deze faculteit alleen als ze zijn ondertekend met de sleutel met deze vingerafdruk (herhaal per faculteit)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="38" />
            <source>anchor date of the two years of data (default: today)</source>
            <translation>einddatum van de twee jaar aan gegevens (standaard: vandaag)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="42" />
            <source>at most this many entries</source>
            <translation>hoogstens zoveel regels</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="90" />
            <source>backup folder (default: the setting)</source>
            <translation>back-upmap (standaard: de instelling)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="14" />
            <source>build the anonymised report for a quarter</source>
            <translation>het geanonimiseerde rapport van een kwartaal maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="48" />
            <source>change the passphrase</source>
            <translation>de wachtzin wijzigen</translation>
        </message>
        <message>
            <source>check signatures but accept any signer (prints the fingerprints)</source>
            <translation type="vanished">handtekeningen controleren maar elke ondertekenaar accepteren (toont de vingerafdrukken)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="23" />
            <source>create a new vault</source>
            <translation>een nieuwe kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="29" />
            <source>create a vault filled with synthetic demo data</source>
            <translation>een kluis maken met verzonnen demogegevens</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="75" />
            <source>delete students past the retention period (see --dry-run)</source>
            <translation>studenten verwijderen van wie de bewaartermijn voorbij is (zie --dry-run)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="108" />
            <source>draft, not released (the PDF shows banded totals only)</source>
            <translation>concept, niet vrijgegeven (de pdf toont alleen afgeronde totalen)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="60" />
            <source>erase one student completely</source>
            <translation>één student volledig wissen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="25" />
            <source>expected a date as YYYY-MM-DD</source>
            <translation>verwacht een datum als JJJJ-MM-DD</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="33" />
            <source>faculty code of the demo officer</source>
            <translation>faculteitscode van de demofunctionaris</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="35" />
            <source>freeze the quarter: later runs return the same figures</source>
            <translation>het kwartaal vastleggen: latere rapporten geven dezelfde cijfers</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="40" />
            <source>from this date (YYYY-MM-DD)</source>
            <translation>vanaf deze datum (JJJJ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="53" />
            <source>internal id (or id:N), student number, or exact e-mail</source>
            <translation>intern nummer (of id:N), studentnummer of exact e-mailadres</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="62" />
            <location filename="../../officer_desk/commands/privacy.py" line="68" />
            <source>internal id, number or e-mail</source>
            <translation>intern nummer, studentnummer of e-mailadres</translation>
        </message>
        <message>
            <location filename="../../officer_desk/cli.py" line="188" />
            <source>interrupted</source>
            <translation>onderbroken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="29" />
            <source>list or verify the access log, or save it as CSV</source>
            <translation>het toegangslogboek tonen of controleren, of als CSV opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="91" />
            <source>list the backups instead</source>
            <translation>in plaats daarvan de back-ups tonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="196" />
            <source>made before a restore of an older backup; its later entries were rolled back</source>
            <translation>gemaakt vóór het terugzetten van een oudere back-up; de latere regels zijn daarmee teruggedraaid</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="52" />
            <source>merge faculty report bundles into the university report</source>
            <translation>rapportbundels van faculteiten samenvoegen tot het universiteitsrapport</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="205" />
            <source>none (made before anchors were recorded)</source>
            <translation>geen (gemaakt voordat ankers werden vastgelegd)</translation>
        </message>
        <message>
            <source>not released</source>
            <translation type="vanished">niet vrijgegeven</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="186" />
            <source>ok ({n} entries)</source>
            <translation>in orde ({n} regels)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="78" />
            <source>only show what would go</source>
            <translation>alleen tonen wat zou verdwijnen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="37" />
            <source>only this action, e.g. exported</source>
            <translation>alleen deze handeling, bijvoorbeeld exported</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="39" />
            <source>only this record id</source>
            <translation>alleen dit nummer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="38" />
            <source>only this record type</source>
            <translation>alleen dit soort onderdeel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="79" />
            <source>really delete (no undo)</source>
            <translation>echt verwijderen (niet ongedaan te maken)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="63" />
            <source>really erase (no undo)</source>
            <translation>echt wissen (niet ongedaan te maken)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="106" />
            <source>released (frozen)</source>
            <translation>vrijgegeven (vastgelegd)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="104" />
            <source>released (frozen), release {n}</source>
            <translation>vrijgegeven (vastgelegd), vrijgave {n}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="56" />
            <source>replace the database key and the recovery key (suspected compromise); existing backups keep the old key</source>
            <translation>de databasesleutel en de herstelsleutel vervangen (bij vermoeden van misbruik); bestaande back-ups houden de oude sleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="95" />
            <source>restore a backup; the current vault is kept aside</source>
            <translation>een back-up terugzetten; de huidige kluis wordt apart bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="84" />
            <source>retention period for this run (default: the saved setting)</source>
            <translation>bewaartermijn voor deze keer (standaard: de opgeslagen instelling)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="36" />
            <source>save the (filtered) log as CSV</source>
            <translation>het (gefilterde) logboek als CSV opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="52" />
            <source>set a new passphrase with the recovery key</source>
            <translation>een nieuwe wachtzin instellen met de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="66" />
            <source>set or release a student's legal hold</source>
            <translation>de juridische bewaarplicht van een student instellen of opheffen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="47" />
            <source>show the report-signing public key</source>
            <translation>de openbare sleutel tonen waarmee rapporten worden ondertekend</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="47" />
            <source>subject-access copy of everything held on one student (PDF and JSON)</source>
            <translation>inzagekopie van alles wat over één student is vastgelegd (PDF en JSON)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="99" />
            <source>the backup folder</source>
            <translation>de back-upmap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="113" />
            <source>the vault folder</source>
            <translation>de kluismap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="41" />
            <source>up to and including this date</source>
            <translation>tot en met deze datum</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="43" />
            <source>verify key file, database integrity and the access log</source>
            <translation>sleutelbestand, database-integriteit en toegangslogboek controleren</translation>
        </message>
        <message>
            <source>verify the hash chain</source>
            <translation type="vanished">de hashketen controleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="34" />
            <source>verify the hash chain and compare it with every anchor of its head</source>
            <translation>de hashketen controleren en vergelijken met elk anker van de laatste regel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="56" />
            <source>where to save the machine-readable JSON</source>
            <translation>waar de machineleesbare JSON moet komen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="55" />
            <source>where to save the readable PDF</source>
            <translation>waar de leesbare PDF moet komen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="40" />
            <source>with --pdf: the year to date up to this quarter, from the released quarters only</source>
            <translation>met --pdf: het jaar tot nu toe, tot en met dit kwartaal, alleen uit vrijgegeven kwartalen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="88" />
            <source>write a verified backup (or list backups)</source>
            <translation>een gecontroleerde back-up maken (of de back-ups tonen)</translation>
        </message>
        <message>
            <source>write the PDF report here</source>
            <translation type="vanished">de PDF-rapportage hier opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="24" />
            <source>write the PDF report here (an unreleased quarter: a banded draft)</source>
            <translation>schrijf het pdf-rapport hierheen (een niet-vrijgegeven kwartaal: een concept met afgeronde totalen)</translation>
        </message>
        <message>
            <source>write the signed JSON bundle here</source>
            <translation type="vanished">de ondertekende JSON-bundel hier opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="29" />
            <source>write the signed JSON bundle here (released quarters only)</source>
            <translation>schrijf de ondertekende JSON-bundel hierheen (alleen vrijgegeven kwartalen)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="26" />
            <source>your faculty code, e.g. SOC</source>
            <translation>uw faculteitscode, bijvoorbeeld SOC</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="25" />
            <source>your name as officer</source>
            <translation>uw naam als functionaris</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="307" />
            <source>{done} of {total}</source>
            <translation>{done} van {total}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="117" />
            <source>{done} of {total} students</source>
            <translation>{done} van {total} studenten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="333" />
            <source>{n} backup(s).</source>
            <translation>{n} back-up(s).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="164" />
            <source>{n} entries saved.</source>
            <translation>{n} regels opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="311" />
            <source>{n} student(s) deleted; {skipped} no longer due.</source>
            <translation>{n} student(en) verwijderd; {skipped} kwam(en) niet meer in aanmerking.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="298" />
            <source>{n} student(s) past the retention period of {years} year(s) (last activity on or before {cutoff}). Nothing was deleted.</source>
            <translation>{n} student(en) over de bewaartermijn van {years} jaar (laatste activiteit op of vóór {cutoff}). Er is niets verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="360" />
            <source>Choose a column for Name or for Student number.</source>
            <translation>Kies een kolom voor Naam of voor Studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="308" />
            <source>Column in the file</source>
            <translation>Kolom in het bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="320" />
            <source>Column mapping status</source>
            <translation>Status van de kolomkoppeling</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="310" />
            <source>Columns and what they are imported as</source>
            <translation>Kolommen en als wat ze worden geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="308" />
            <source>Filled rows</source>
            <translation>Gevulde rijen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="308" />
            <source>Import as</source>
            <translation>Importeren als</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="340" />
            <source>Import column {name} as</source>
            <translation>Kolom {name} importeren als</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="297" />
            <source>Match the columns</source>
            <translation>Koppel de kolommen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="363" />
            <source>More than one column is imported as: {fields}. Only the first is used.</source>
            <translation>Meer dan één kolom wordt geïmporteerd als: {fields}. Alleen de eerste wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="299" />
            <source>Officer Desk guessed what each column holds from its header. Correct it where needed; a Name or Student number column is required.</source>
            <translation>Officer Desk heeft aan de hand van de kopregel geraden wat elke kolom bevat. Verbeter dat waar nodig; een kolom Naam of Studentnummer is verplicht.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="369" />
            <source>{count} of {total} columns will be imported.</source>
            <translation>{count} van {total} kolommen worden geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="205" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="277" />
            <source>&amp;Add referral</source>
            <translation>Verwijzing &amp;toevoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="210" />
            <source>&amp;Channel:</source>
            <translation>&amp;Kanaal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="903" />
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="249" />
            <source>&amp;Dossier note (the student may see this):</source>
            <translation>&amp;Dossiernotitie (de student mag deze inzien):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="214" />
            <source>&amp;Initiated by:</source>
            <translation>&amp;Initiatief van:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="902" />
            <source>&amp;Keep as draft</source>
            <translation>Als concept &amp;bewaren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="319" />
            <source>&amp;Kind:</source>
            <translation>S&amp;oort:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="237" />
            <source>&amp;Primary topic:</source>
            <translation>&amp;Hoofdonderwerp:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="176" />
            <source>&amp;Student:</source>
            <translation>&amp;Student:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="233" />
            <source>&amp;Topics:</source>
            <translation>O&amp;nderwerpen:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="199" />
            <source>&amp;When:</source>
            <translation>&amp;Wanneer:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="310" />
            <source>+1 month</source>
            <translation>+1 maand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="308" />
            <source>+1 week</source>
            <translation>+1 week</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="309" />
            <source>+2 weeks</source>
            <translation>+2 weken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="346" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="865" />
            <source>Choose a student.</source>
            <translation>Kies een student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="904" />
            <source>Continue &amp;editing</source>
            <translation>&amp;Verder bewerken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="343" />
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation>Ctrl+Enter slaat op · Esc annuleert</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="206" />
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="322" />
            <source>Due:</source>
            <translation>Gepland op:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="300" />
            <source>Follow-up</source>
            <translation>Vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="305" />
            <source>Follow-up date</source>
            <translation>Datum vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="318" />
            <source>Follow-up note</source>
            <translation>Notitie bij de vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="405" />
            <source>Insert a note template</source>
            <translation>Een notitiesjabloon invoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="407" />
            <source>Insert a template at the cursor of the note you were typing in (the dossier note if you have not typed in a note yet). Edit the templates in File ▸ Note templates…</source>
            <translation>Een sjabloon invoegen bij de cursor in de notitie waarin u aan het typen was (de dossiernotitie als u nog in geen van beide notities hebt getypt). Bewerk de sjablonen via Bestand ▸ Notitiesjablonen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="404" />
            <source>Insert temp&amp;late</source>
            <translation>Sjab&amp;loon invoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="439" />
            <source>Into the dossier note</source>
            <translation>In de dossiernotitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="441" />
            <source>Into the private working note</source>
            <translation>In de persoonlijke werknotitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="900" />
            <source>Keep it as a draft to finish later, or discard what you typed?</source>
            <translation>Als concept bewaren om later af te maken, of wat u typte weggooien?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="106" />
            <source>Log consultation</source>
            <translation>Gesprek vastleggen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="154" />
            <source>N&amp;ew student…</source>
            <translation>&amp;Nieuwe student…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="858" />
            <source>No student matches what you typed. Press New student… to add them, or correct the name.</source>
            <translation>Er is geen student die past bij wat u typte. Kies Nieuwe student… om de student toe te voegen, of verbeter de naam.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="168" />
            <source>No student matches what you typed: add a new student with this name</source>
            <translation>Er is geen student die past bij wat u typte: voeg een nieuwe student met deze naam toe</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="450" />
            <source>No templates (add them in File ▸ Note templates…)</source>
            <translation>Geen sjablonen (voeg ze toe via Bestand ▸ Notitiesjablonen…)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="414" />
            <source>Note templates</source>
            <translation>Notitiesjablonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="317" />
            <source>Optional short note</source>
            <translation>Optionele korte notitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="259" />
            <source>Pri&amp;vate working note:</source>
            <translation>P&amp;ersoonlijke werknotitie:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="286" />
            <source>Re&amp;ferral to:</source>
            <translation>Verwijzing n&amp;aar:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="284" />
            <source>Re&amp;move</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="276" />
            <source>Referral status</source>
            <translation>Status van de verwijzing</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="269" />
            <source>Referrals</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="280" />
            <source>Referrals to save</source>
            <translation>Verwijzingen die worden opgeslagen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="778" />
            <source>Restored the consultation you had not saved yet ({when}).</source>
            <translation>Het gesprek dat u nog niet had opgeslagen is hersteld ({when}).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="347" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="348" />
            <source>Save the consultation (Ctrl+Enter)</source>
            <translation>Het gesprek opslaan (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="888" />
            <source>Saved for {student}</source>
            <translation>Opgeslagen voor {student}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="302" />
            <source>Sc&amp;hedule a follow-up</source>
            <translation>Een vervolgafspraak &amp;plannen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="221" />
            <source>Space ticks or unticks the current topic</source>
            <translation>Spatie vinkt het huidige onderwerp aan of uit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="139" />
            <source>Start &amp;new</source>
            <translation>&amp;Opnieuw beginnen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="190" />
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="898" />
            <source>This consultation has not been saved.</source>
            <translation>Dit gesprek is niet opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="236" />
            <source>Tick a topic first</source>
            <translation>Vink eerst een onderwerp aan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="156" />
            <source>Type a name or student number</source>
            <translation>Typ een naam of studentnummer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="218" />
            <source>U&amp;rgency:</source>
            <translation>U&amp;rgentie:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="897" />
            <source>Unsaved consultation</source>
            <translation>Niet-opgeslagen gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="247" />
            <source>What happened and what was agreed. The student may see this on request.</source>
            <translation>Wat er gebeurde en wat er is afgesproken. De student mag dit op verzoek inzien.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="258" />
            <source>Your own working notes and impressions.</source>
            <translation>Uw eigen werknotities en indrukken.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="395" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="398" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="394" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="396" />
            <source>Topic</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="397" />
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="393" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
    </context>
    <context>
        <name>ConsultationSection</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="72" />
            <source>&amp;Dossier note (the student may see this):</source>
            <translation>&amp;Dossiernotitie (de student mag deze inzien):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="87" />
            <source>&amp;Finalise…</source>
            <translation>&amp;Definitief maken…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="86" />
            <source>&amp;Save notes</source>
            <translation>Notities op&amp;slaan</translation>
        </message>
        <message>
            <source>A finalised note can no longer be edited; later changes are addenda.</source>
            <translation type="vanished">Een definitieve notitie kan niet meer worden bewerkt; latere wijzigingen zijn aanvullingen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="89" />
            <source>A finalised note can no longer be edited; what you add later is kept beside it with its date (an addendum).</source>
            <translation>Een definitieve notitie kan niet meer worden bewerkt; wat u later toevoegt, wordt er met datum naast bewaard (een aanvulling).</translation>
        </message>
        <message>
            <source>Add adde&amp;ndum…</source>
            <translation type="vanished">Aan&amp;vulling toevoegen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="94" />
            <source>Add to the &amp;note…</source>
            <translation>&amp;Notitie aanvullen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="80" />
            <source>Added later:</source>
            <translation>Later toegevoegd:</translation>
        </message>
        <message>
            <source>Addenda:</source>
            <translation type="vanished">Aanvullingen:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="116" />
            <source>Consultation of {when}</source>
            <translation>Gesprek van {when}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="223" />
            <source>Finalise notes</source>
            <translation>Notities definitief maken</translation>
        </message>
        <message>
            <source>Finalise the notes of this consultation? They can no longer be edited afterwards; later changes become addenda.</source>
            <translation type="vanished">De notities van dit gesprek definitief maken? Daarna kunnen ze niet meer worden bewerkt; latere wijzigingen worden aanvullingen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="224" />
            <source>Finalise the notes of this consultation? They can no longer be edited afterwards; what you add later is kept beside them with its date.</source>
            <translation>De notities van dit gesprek definitief maken? Ze kunnen daarna niet meer worden bewerkt; wat u later toevoegt, wordt er met datum naast bewaard.</translation>
        </message>
        <message>
            <source>Finalised on {when}. Changes are added as addenda.</source>
            <translation type="vanished">Definitief gemaakt op {when}. Wijzigingen worden als aanvulling toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="147" />
            <source>Finalised on {when}. What you add is kept beside the note.</source>
            <translation>Definitief gemaakt op {when}. Wat u toevoegt, wordt naast de notitie bewaard.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="95" />
            <source>Move to &amp;another student…</source>
            <translation>Naar &amp;andere student verplaatsen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="189" />
            <source>Moved to {student}</source>
            <translation>Verplaatst naar {student}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="151" />
            <source>Not finalised: the notes can still be edited.</source>
            <translation>Niet definitief: de notities kunnen nog worden bewerkt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="74" />
            <source>Pri&amp;vate working note:</source>
            <translation>Persoonlijke &amp;werknotitie:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="97" />
            <source>Saved for the wrong student? Move this consultation to the right one.</source>
            <translation>Bij de verkeerde student opgeslagen? Verplaats dit gesprek naar de juiste student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="120" />
            <source>{channel}, {minutes} min, initiated by: {initiator}. Urgency: {urgency}.
Topics: {topics}</source>
            <translation>{channel}, {minutes} min, initiatief van: {initiator}. Urgentie: {urgency}.
Onderwerpen: {topics}</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../officer_desk/ui/error_dialog.py" line="40" />
            <source>Unexpected problem</source>
            <translation>Onverwacht probleem</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="113" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="167" />
            <source>&amp;Create vault</source>
            <translation>&amp;Kluis maken</translation>
        </message>
        <message>
            <source>&amp;Faculty:</source>
            <translation type="vanished">&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="115" />
            <location filename="../../officer_desk/ui/unlock/create.py" line="167" />
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>&amp;Start working</source>
            <translation type="vanished">&amp;Aan de slag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="70" />
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="114" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="35" />
            <source>Create a new vault</source>
            <translation>Een nieuwe kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="112" />
            <source>Create error</source>
            <translation>Fout bij het maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="111" />
            <source>Creating the vault</source>
            <translation>Kluis wordt gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="43" />
            <source>Everything you record is encrypted with a key protected by this passphrase. Choose one you can remember: four or more unrelated words work well.</source>
            <translation>Alles wat u vastlegt, wordt versleuteld met een sleutel die door deze wachtzin wordt beschermd. Kies er een die u kunt onthouden: vier of meer losse woorden werken goed.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="75" />
            <source>F&amp;aculty:</source>
            <translation>&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="69" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="99" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>Ik heb de herstelsleutel op een &amp;veilige plek bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="100" />
            <source>I have stored the recovery key</source>
            <translation>Ik heb de herstelsleutel bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="117" />
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="67" />
            <source>Officer name</source>
            <translation>Naam van de functionaris</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="vanished">Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="167" />
            <source>Start &amp;working</source>
            <translation>Aan de &amp;slag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="37" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="165" />
            <source>Step {n} of 3</source>
            <translation>Stap {n} van 3</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="89" />
            <source>This is your recovery key. It is shown only now. Write it down or print it and keep it somewhere safe, away from this computer: it is the only way back in if you forget the passphrase.</source>
            <translation>Dit is uw herstelsleutel. Hij wordt alleen nu getoond. Schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij deze computer: het is de enige manier om weer binnen te komen als u de wachtzin vergeet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="74" />
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/create.py" line="60" />
            <source>Your name and faculty appear on reports. You can change them later in Settings.</source>
            <translation>Uw naam en faculteit staan op rapporten. U kunt ze later wijzigen bij Instellingen.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="640" />
            <source>&amp;Erase for good</source>
            <translation>&amp;Definitief wissen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="630" />
            <source>&amp;To confirm, type {word} or the student's full name:</source>
            <translation>&amp;Typ ter bevestiging {word} of de volledige naam van de student:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="616" />
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Released reports are not changed: they hold only protected counts. The access log keeps one entry "Erased a student" with the record's number only, without any personal data. Backups made earlier still contain the records until they are replaced by newer ones.</source>
            <translation>&lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt; Vrijgegeven rapporten veranderen niet: daarin staan alleen beschermde aantallen. Het toegangslogboek houdt één regel ‘Student gewist’ met alleen het dossiernummer, zonder persoonsgegevens. Eerder gemaakte back-ups bevatten de gegevens nog totdat ze door nieuwere zijn vervangen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Released reports are not changed: they hold only protected counts. The access log keeps one entry "erased" with the internal id only, without any personal data. Backups made earlier still contain the records until they are replaced by newer ones.</source>
            <translation type="vanished">&lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt; Vrijgegeven rapporten veranderen niet: die bevatten alleen beschermde aantallen. Het toegangslogboek houdt één regel "gewist" met alleen het interne nummer, zonder persoonsgegevens. Eerder gemaakte back-ups bevatten de gegevens nog tot ze door nieuwere worden vervangen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="603" />
            <source>Cases: {cases} · Consultations: {consultations} · Notes: {notes} · Added later: {addenda} · Referrals: {referrals} · Follow-ups: {follow_ups}</source>
            <translation>Trajecten: {cases} · Gesprekken: {consultations} · Notities: {notes} · Later toegevoegd: {addenda} · Verwijzingen: {referrals} · Vervolgafspraken: {follow_ups}</translation>
        </message>
        <message>
            <source>Cases: {cases} · Consultations: {consultations} · Notes: {notes} · Addenda: {addenda} · Referrals: {referrals} · Follow-ups: {follow_ups}</source>
            <translation type="vanished">Trajecten: {cases} · Gesprekken: {consultations} · Notities: {notes} · Aanvullingen: {addenda} · Verwijzingen: {referrals} · Vervolgafspraken: {follow_ups}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="628" />
            <source>Confirmation</source>
            <translation>Bevestiging</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="584" />
            <source>ERASE</source>
            <translation>WISSEN</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="585" />
            <location filename="../../officer_desk/ui/views/student_page.py" line="586" />
            <source>Erase student</source>
            <translation>Student wissen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="642" />
            <source>Erase the student for good</source>
            <translation>De student definitief wissen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="589" />
            <source>Erase {name} for good?</source>
            <translation>{name} definitief wissen?</translation>
        </message>
        <message>
            <source>This deletes everything held on this student: the profile, every case, consultation, note (dossier, private and addenda), referral, follow-up and unsaved draft.</source>
            <translation type="vanished">Dit verwijdert alles wat over deze student is vastgelegd: het profiel en elk traject, gesprek, elke notitie (dossier, persoonlijk en aanvullingen), verwijzing, vervolgafspraak en niet-opgeslagen concept.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="593" />
            <source>This deletes everything held on this student: the profile, every case, consultation, note (dossier, private and what was added later), referral, follow-up and unsaved draft.</source>
            <translation>Dit verwijdert alles wat over deze student is vastgelegd: het profiel en elk traject, gesprek, elke notitie (dossier, persoonlijk en wat later is toegevoegd), verwijzing, vervolgafspraak en niet-opgeslagen concept.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="118" />
            <source>--ytd makes a PDF only (--pdf): year to date adds up quarters that are already released, so there is nothing to release or sign.</source>
            <translation>--ytd maakt alleen een pdf (--pdf): het jaar tot nu toe telt kwartalen op die al zijn vrijgegeven, dus er valt niets vrij te geven of te ondertekenen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="388" />
            <source>A case cannot close before it was opened.</source>
            <translation>Een traject kan niet worden afgesloten vóór het werd geopend.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="305" />
            <location filename="../../officer_desk/services/desk.py" line="417" />
            <source>A consultation cannot be logged in the future.</source>
            <translation>Een gesprek kan niet in de toekomst worden vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="326" />
            <source>A different release of {faculty} for {period} was merged before: a faculty releases a quarter only once.</source>
            <translation>Er is eerder een andere vrijgave van {faculty} voor {period} samengevoegd: een faculteit geeft een kwartaal maar één keer vrij.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="50" />
            <location filename="../../officer_desk/reports/merge.py" line="318" />
            <source>A draft cannot be combined: only released quarters can be added up.</source>
            <translation>Een concept kan niet worden samengevoegd: alleen vrijgegeven kwartalen kunnen worden opgeteld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="190" />
            <source>A faculty appears twice in the merge.</source>
            <translation>Een faculteit komt twee keer voor in de samenvoeging.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="370" />
            <location filename="../../officer_desk/services/desk.py" line="444" />
            <location filename="../../officer_desk/services/desk.py" line="672" />
            <location filename="../../officer_desk/services/desk.py" line="747" />
            <source>A follow-up cannot be due before its consultation.</source>
            <translation>Een vervolgafspraak kan niet vóór het bijbehorende gesprek vallen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="353" />
            <source>A follow-up without a date was not imported.</source>
            <translation>Een vervolgafspraak zonder datum is niet geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="133" />
            <source>A key rotation of this vault was interrupted. Open the vault in Officer Desk, or run 'officer-desk rotate-key', to finish it; read-only commands do not change the key file.</source>
            <translation>Een sleutelwissel van deze kluis is onderbroken. Open de kluis in Officer Desk, of voer 'officer-desk rotate-key' uit, om hem af te ronden; opdrachten die alleen lezen wijzigen het sleutelbestand niet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="197" />
            <source>A quarter can be released only after it has ended.</source>
            <translation>Een kwartaal kan pas worden vrijgegeven als het voorbij is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="276" />
            <source>A row needs a name or a student number.</source>
            <translation>Een rij heeft een naam of een studentnummer nodig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="60" />
            <source>A row of the file has more than {limit} cells, so it was not read.</source>
            <translation>Een rij van het bestand heeft meer dan {limit} cellen; het bestand is daarom niet gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="57" />
            <source>A student number has 6 to 8 digits, optionally after s, u or p.</source>
            <translation>Een studentnummer heeft 6 tot 8 cijfers, eventueel na s, u of p.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="451" />
            <source>A student with the same name is already in the vault; a new student is created. Merge them afterwards if they are the same.</source>
            <translation>Er staat al een student met dezelfde naam in de kluis; er wordt een nieuwe student aangemaakt. Voeg ze daarna samen als het dezelfde persoon is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="156" />
            <source>A vault already exists at this location.</source>
            <translation>Op deze locatie bestaat al een kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="297" />
            <location filename="../../officer_desk/services/desk.py" line="313" />
            <source>Another student already has this student number.</source>
            <translation>Een andere student heeft dit studentnummer al.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/templates.py" line="86" />
            <source>At most {limit} templates.</source>
            <translation>Hoogstens {limit} sjablonen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="243" />
            <source>Auto-lock must be between 1 and 240 minutes.</source>
            <translation>Automatisch vergrendelen moet tussen 1 en 240 minuten liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/backups.py" line="206" />
            <source>Choose a backup folder outside the vault folder.</source>
            <translation>Kies een back-upmap buiten de map van de kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="425" />
            <source>Choose at least one topic.</source>
            <translation>Kies minstens één onderwerp.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="451" />
            <source>Choose one of this student's cases.</source>
            <translation>Kies een van de trajecten van deze student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="325" />
            <source>Choose two different students.</source>
            <translation>Kies twee verschillende studenten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/subject_access.py" line="228" />
            <location filename="../../officer_desk/services/subject_access.py" line="276" />
            <location filename="../../officer_desk/ui/export_dialog.py" line="127" />
            <source>Choose where to save the export.</source>
            <translation>Kies waar de export moet worden opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="345" />
            <location filename="../../officer_desk/services/reporting.py" line="369" />
            <source>Could not read the file {name}.</source>
            <translation>Het bestand {name} kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="168" />
            <source>Could not read the trust file {name}: it must exist and be UTF-8 text.</source>
            <translation>Het vertrouwensbestand {name} kon niet worden gelezen: het moet bestaan en UTF-8-tekst zijn.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="168" />
            <source>Could not save: the disk may be full or not writable. Nothing was changed.</source>
            <translation>Opslaan is mislukt: de schijf is misschien vol of niet beschrijfbaar. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="494" />
            <source>Differs from row {first} for the same student; kept the first.</source>
            <translation>Wijkt af van rij {first} voor dezelfde student; de eerste is aangehouden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="229" />
            <source>Give --pdf, --json or both.</source>
            <translation>Geef --pdf, --json of beide op.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="148" />
            <source>Give each trusted key with its faculty, like --trust LAW=1a2b…: a faculty code from the codebook, '=', and the 64 hex digits of the fingerprint. Not accepted: {value}</source>
            <translation>Geef elke vertrouwde sleutel met zijn faculteit, zoals --trust LAW=1a2b…: een faculteitscode uit het codeboek, '=' en de 64 hexadecimale cijfers van de vingerafdruk. Niet geaccepteerd: {value}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="227" />
            <source>Invalid input.</source>
            <translation>Ongeldige invoer.</translation>
        </message>
        <message>
            <source>List the faculties' key fingerprints with --trust (printed above), or use --accept-unlisted after checking them.</source>
            <translation type="vanished">Noem de sleutelvingerafdrukken van de faculteiten met --trust (hierboven afgedrukt), of gebruik --accept-unlisted nadat u ze hebt gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="224" />
            <source>Map a column to Name or to Student number.</source>
            <translation>Koppel een kolom aan Naam of aan Studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="77" />
            <source>No passphrase given: type it at the prompt or set {variable}.</source>
            <translation>Geen wachtzin opgegeven: typ hem bij de vraag of stel {variable} in.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="244" />
            <source>No recovery key given: type it at the prompt or set {variable}.</source>
            <translation>Geen herstelsleutel opgegeven: typ hem bij de vraag of stel {variable} in.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="440" />
            <source>No student number or e-mail: attached to the one student in the vault with the same name and no student number.</source>
            <translation>Geen studentnummer of e-mailadres: gekoppeld aan de enige student in de kluis met dezelfde naam en zonder studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="313" />
            <source>No topic given; recorded as Other.</source>
            <translation>Geen onderwerp opgegeven; vastgelegd als Overig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="70" />
            <source>No vault was found at this location.</source>
            <translation>Op deze locatie is geen kluis gevonden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/importer.py" line="114" />
            <source>Nothing was imported: the file could not be read, or no column is mapped to Name or Student number.</source>
            <translation>Er is niets geïmporteerd: het bestand kon niet worden gelezen, of geen kolom is gekoppeld aan Naam of Studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="275" />
            <source>Nothing was imported: {refused} row(s) are refused. Fix them, or import the other rows only (skip refused rows).</source>
            <translation>Er is niets geïmporteerd: {refused} rij(en) geweigerd. Verbeter ze, of importeer alleen de andere rijen (geweigerde rijen overslaan).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="201" />
            <source>Nothing was saved: the chosen location is not an ordinary file (it is a link, a device or a folder). Choose a normal file name.</source>
            <translation>Er is niets opgeslagen: de gekozen plek is geen gewoon bestand (het is een symbolische link, een apparaat of een map). Kies een gewone bestandsnaam.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="190" />
            <source>Officer Desk cannot write to the vault folder (it is read-only or protected). The vault itself was not changed; make the folder writable to continue.</source>
            <translation>Officer Desk kan niet schrijven in de map van de kluis (die is alleen-lezen of beveiligd). De kluis zelf is niet gewijzigd; maak de map beschrijfbaar om verder te gaan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="211" />
            <source>Officer Desk ran into an unexpected problem (error {error_id}). Details without personal data were written to the error log: {log}</source>
            <translation>Officer Desk liep tegen een onverwacht probleem aan (fout {error_id}). Details zonder persoonsgegevens staan in het foutenlogboek: {log}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="436" />
            <source>Only a released quarter can be saved as a signed bundle. This report is a draft: release the quarter first (possible once it has ended).</source>
            <translation>Alleen een vrijgegeven kwartaal kan als ondertekende bundel worden opgeslagen. Dit rapport is een concept: geef het kwartaal eerst vrij (dat kan als het voorbij is).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="624" />
            <source>Open a case for this student first.</source>
            <translation>Open eerst een traject voor deze student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="175" />
            <source>Other users can change the vault folder, so Officer Desk did not open it. Make the folder private to your account and try again.</source>
            <translation>Andere gebruikers kunnen de map van de kluis wijzigen; Officer Desk heeft de kluis daarom niet geopend. Maak de map alleen toegankelijk voor uw eigen account en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/privacy.py" line="281" />
            <source>Run with --dry-run to see what would be deleted, then with --yes.</source>
            <translation>Voer eerst uit met --dry-run om te zien wat er zou worden verwijderd, daarna met --yes.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="92" />
            <source>Say what to make: --pdf, --json and/or --release.</source>
            <translation>Geef aan wat er gemaakt moet worden: --pdf, --json en/of --release.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/reports.py" line="206" />
            <source>Say which key may speak for which faculty with --trust FACULTY=FINGERPRINT (the bundles' claims are printed above: check each fingerprint with the faculty before you use it).</source>
            <translation>Geef met --trust FACULTEIT=VINGERAFDRUK aan welke sleutel namens welke faculteit mag spreken (wat de bundels beweren staat hierboven: controleer elke vingerafdruk bij de faculteit voordat u hem gebruikt).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="85" />
            <source>Set your faculty in Settings before making a report.</source>
            <translation>Stel uw faculteit in bij Instellingen voordat u een rapport maakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="228" />
            <source>Several columns map to one field; only the first is used.</source>
            <translation>Meerdere kolommen zijn aan één veld gekoppeld; alleen de eerste wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="47" />
            <source>Something went wrong.</source>
            <translation>Er ging iets mis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/period.py" line="41" />
            <source>The academic year must be two consecutive years, like 2026-27.</source>
            <translation>Het studiejaar moet uit twee opeenvolgende jaren bestaan, zoals 2026-27.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="85" />
            <source>The duration must be between 0 and {limit} minutes.</source>
            <translation>De duur moet tussen 0 en {limit} minuten liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="300" />
            <source>The export could not be written. Nothing was saved.</source>
            <translation>De export kon niet worden geschreven. Er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="170" />
            <source>The file contains no rows.</source>
            <translation>Het bestand bevat geen rijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="285" />
            <location filename="../../officer_desk/io/readers.py" line="637" />
            <source>The file could not be read.</source>
            <translation>Het bestand kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="184" />
            <source>The file has a header but no data rows.</source>
            <translation>Het bestand heeft een kopregel maar geen gegevensrijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="154" />
            <location filename="../../officer_desk/io/readers.py" line="306" />
            <source>The file has more than {limit} rows.</source>
            <translation>Het bestand heeft meer dan {limit} rijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="292" />
            <location filename="../../officer_desk/io/readers.py" line="252" />
            <source>The file is too large to import.</source>
            <translation>Het bestand is te groot om te importeren.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="260" />
            <source>The file's text encoding was not recognised. Save it as CSV (UTF-8) and try again.</source>
            <translation>De tekstcodering van het bestand is niet herkend. Sla het op als CSV (UTF-8) en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="296" />
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>De import is geannuleerd. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="255" />
            <source>The kind of quarter cannot change once a quarter has been released.</source>
            <translation>Het soort kwartaal kan niet meer veranderen als er een kwartaal is vrijgegeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="431" />
            <location filename="../../officer_desk/io/mapping.py" line="437" />
            <location filename="../../officer_desk/io/mapping.py" line="455" />
            <source>The mapping file has an unknown format.</source>
            <translation>Het koppelingsbestand heeft een onbekende indeling.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="417" />
            <location filename="../../officer_desk/io/mapping.py" line="427" />
            <source>The mapping file is not valid JSON.</source>
            <translation>Het koppelingsbestand is geen geldige JSON.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="459" />
            <source>The mapping file maps a value to an unknown code.</source>
            <translation>Het koppelingsbestand koppelt een waarde aan een onbekende code.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="444" />
            <source>The mapping file names an unknown field.</source>
            <translation>Het koppelingsbestand noemt een onbekend veld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="450" />
            <source>The mapping file names an unknown vocabulary.</source>
            <translation>Het koppelingsbestand noemt een onbekende woordenlijst.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="297" />
            <location filename="../../officer_desk/services/reporting.py" line="375" />
            <source>The merge ledger is damaged or not a merge ledger.</source>
            <translation>Het register van samengevoegde vrijgaven is beschadigd of is geen register.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="821" />
            <source>The number of participants must be between 0 and 100000.</source>
            <translation>Het aantal deelnemers moet tussen 0 en 100000 liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="103" />
            <source>The number of students must be between 1 and 200000.</source>
            <translation>Het aantal studenten moet tussen 1 en 200000 liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="98" />
            <source>The passphrase in {variable} is not valid text (UTF-8). Set it again, or type it at the prompt.</source>
            <translation>De wachtzin in {variable} is geen geldige tekst (UTF-8). Stel hem opnieuw in, of typ hem bij de vraag erom.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="78" />
            <source>The passphrase is not correct.</source>
            <translation>De wachtzin is niet juist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="106" />
            <source>The passphrase is not valid text (UTF-8). Type it again.</source>
            <translation>De wachtzin is geen geldige tekst (UTF-8). Typ hem opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="431" />
            <source>The primary topic must be one of the chosen topics.</source>
            <translation>Het hoofdonderwerp moet een van de gekozen onderwerpen zijn.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="236" />
            <source>The record was not found; it may have been erased.</source>
            <translation>Dit onderdeel is niet gevonden; het is misschien gewist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="83" />
            <source>The recovery key is not correct.</source>
            <translation>De herstelsleutel is niet juist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="521" />
            <source>The report bundle says it comes from {faculty}, but it was signed with the key trusted for {signer}.</source>
            <translation>De rapportbundel zegt van {faculty} te komen, maar is ondertekend met de sleutel die voor {signer} wordt vertrouwd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="265" />
            <source>The report bundle was rejected: it is damaged or its signature is invalid.</source>
            <translation>De rapportbundel is geweigerd: hij is beschadigd of de handtekening is ongeldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="517" />
            <source>The report bundle was signed by a key that is not on the trusted list.</source>
            <translation>De rapportbundel is ondertekend met een sleutel die niet op de lijst van vertrouwde sleutels staat.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="249" />
            <source>The report could not be produced.</source>
            <translation>Het rapport kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="404" />
            <location filename="../../officer_desk/reports/bundle.py" line="532" />
            <source>The report data is not a valid Officer Desk report.</source>
            <translation>De rapportgegevens vormen geen geldig Officer Desk-rapport.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="541" />
            <location filename="../../officer_desk/reports/merge.py" line="177" />
            <source>The report of {faculty} uses a threshold below the policy (at least {t} students, {s} for sensitive topics) and cannot be merged.</source>
            <translation>Het rapport van {faculty} gebruikt een drempel onder het beleid (ten minste {t} studenten, {s} bij gevoelige onderwerpen) en kan niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/build.py" line="199" />
            <source>The report threshold is not allowed.</source>
            <translation>Deze rapportdrempel is niet toegestaan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="263" />
            <source>The retention period must be between 1 and 100 years.</source>
            <translation>De bewaartermijn moet tussen 1 en 100 jaar liggen.</translation>
        </message>
        <message>
            <source>The same report appears twice.</source>
            <translation type="vanished">Hetzelfde rapport komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="475" />
            <location filename="../../officer_desk/io/readers.py" line="485" />
            <source>The spreadsheet could not be opened; it may be damaged.</source>
            <translation>Het rekenblad kon niet worden geopend; het is misschien beschadigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="67" />
            <source>The spreadsheet could not be read; it may be damaged.</source>
            <translation>Het rekenblad kon niet worden gelezen; het is misschien beschadigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="63" />
            <source>The spreadsheet has more than {limit} cells (counting the empty ones before the last filled cell of each row), so it was not read. Delete unused columns, or save it as CSV.</source>
            <translation>Het rekenblad heeft meer dan {limit} cellen (lege cellen vóór de laatste gevulde cel van elke rij tellen mee); het is daarom niet gelezen. Verwijder ongebruikte kolommen, of sla het op als CSV.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="56" />
            <source>The spreadsheet unpacks to more than {limit} MB, so it was not read. Save it as CSV, or split it into smaller files.</source>
            <translation>Het rekenblad pakt uit tot meer dan {limit} MB; het is daarom niet gelezen. Sla het op als CSV, of verdeel het over kleinere bestanden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="306" />
            <source>The task was stopped because the vault was locked. Nothing was changed.</source>
            <translation>De taak is gestopt omdat de kluis werd vergrendeld. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="85" />
            <source>The two passphrases differ.</source>
            <translation>De twee wachtzinnen verschillen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="183" />
            <source>The vault folder holds a link where Officer Desk expects its own file ({name}). The link was not followed. Remove it and try again.</source>
            <translation>In de map van de kluis staat een symbolische link waar Officer Desk een eigen bestand verwacht ({name}). De link is niet gevolgd. Verwijder hem en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="117" />
            <source>The vault is already open in another Officer Desk window or process.</source>
            <translation>De kluis is al geopend in een ander Officer Desk-venster of -proces.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="218" />
            <source>The vault is locked.</source>
            <translation>De kluis is vergrendeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="101" />
            <source>The vault's database is damaged. Restore the latest verified backup to continue.</source>
            <translation>De database van de kluis is beschadigd. Zet de laatste gecontroleerde back-up terug om verder te gaan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="88" />
            <source>The vault's key file is damaged. Restore the latest verified backup (its key file opens with the passphrase that was valid when the backup was made).</source>
            <translation>Het sleutelbestand van de kluis is beschadigd. Zet de laatste gecontroleerde back-up terug (het sleutelbestand daarvan opent met de wachtzin die gold toen de back-up werd gemaakt).</translation>
        </message>
        <message>
            <source>The vault's key file is damaged. You can try the previous key file or restore a backup.</source>
            <translation type="vanished">Het sleutelbestand van de kluis is beschadigd. U kunt het vorige sleutelbestand proberen of een back-up terugzetten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="95" />
            <source>The vault's key file uses settings that are too weak or unknown; it was not used.</source>
            <translation>Het sleutelbestand van de kluis gebruikt instellingen die te zwak of onbekend zijn; het is niet gebruikt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="109" />
            <source>The vault's recent changes are missing: its change log (officer.db-wal) was removed after Officer Desk stopped unexpectedly. Put that file back, or restore the latest verified backup.</source>
            <translation>De recente wijzigingen van de kluis ontbreken: het wijzigingslogboek (officer.db-wal) is verwijderd nadat Officer Desk onverwacht stopte. Zet dat bestand terug, of zet de laatste gecontroleerde back-up terug.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="42" />
            <source>There are no reports to combine.</source>
            <translation>Er zijn geen rapporten om samen te voegen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="80" />
            <source>There are two reports of {faculty} for {period}: a faculty releases a quarter only once.</source>
            <translation>Er zijn twee rapporten van {faculty} voor {period}: een faculteit geeft een kwartaal maar één keer vrij.</translation>
        </message>
        <message>
            <source>These reports cannot be combined: they differ in codebook version, threshold, period or format, or a faculty or quarter appears twice.</source>
            <translation type="vanished">Deze rapporten kunnen niet worden samengevoegd: ze verschillen in codeboekversie, drempel, periode of indeling, of een faculteit of kwartaal komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="255" />
            <source>These reports cannot be combined: they differ in the version of the category lists, the threshold, the period or the format, or a faculty or quarter appears twice.</source>
            <translation>Deze rapporten kunnen niet worden samengevoegd: ze verschillen in de versie van de categorieënlijsten, de drempel, de periode of de indeling, of een faculteit of kwartaal komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="72" />
            <source>These reports contain different tables and cannot be combined.</source>
            <translation>Deze rapporten bevatten verschillende tabellen en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="187" />
            <source>These reports cover different periods and cannot be merged.</source>
            <translation>Deze rapporten beslaan verschillende perioden en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <source>These reports use different codebook versions and cannot be combined.</source>
            <translation type="vanished">Deze rapporten gebruiken verschillende codeboekversies en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="68" />
            <source>These reports use different report formats and cannot be combined.</source>
            <translation>Deze rapporten gebruiken verschillende rapportindelingen en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="64" />
            <source>These reports use different thresholds and cannot be combined.</source>
            <translation>Deze rapporten gebruiken verschillende drempels en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="54" />
            <source>These reports use different versions of the category lists and cannot be combined.</source>
            <translation>Deze rapporten gebruiken verschillende versies van de categorieënlijsten en kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="383" />
            <source>This case is already closed.</source>
            <translation>Dit traject is al afgesloten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="401" />
            <source>This case is already open.</source>
            <translation>Dit traject is al open.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="537" />
            <source>This cell holds a formula without a saved value. Open the file in your spreadsheet program, save it, and import again.</source>
            <translation>Deze cel bevat een formule zonder opgeslagen waarde. Open het bestand in uw rekenbladprogramma, sla het op en importeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="509" />
            <source>This cell holds a spreadsheet error value.</source>
            <translation>Deze cel bevat een foutwaarde van het rekenblad.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="166" />
            <source>This cell is too long.</source>
            <translation>Deze cel is te lang.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="240" />
            <source>This change is not allowed in the record's current state.</source>
            <translation>Deze wijziging is niet mogelijk in de huidige toestand van dit onderdeel.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/corrections.py" line="81" />
            <source>This consultation already belongs to this student.</source>
            <translation>Dit gesprek hoort al bij deze student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="518" />
            <source>This consultation is already in the vault; skipped.</source>
            <translation>Dit gesprek staat al in de kluis; overgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="111" />
            <location filename="../../officer_desk/domain/validation.py" line="94" />
            <location filename="../../officer_desk/domain/validation.py" line="114" />
            <location filename="../../officer_desk/io/validate.py" line="161" />
            <location filename="../../officer_desk/services/desk.py" line="413" />
            <source>This date is not valid.</source>
            <translation>Deze datum is niet geldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="848" />
            <source>This draft is too large to keep.</source>
            <translation>Dit concept is te groot om te bewaren.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="32" />
            <location filename="../../officer_desk/services/desk.py" line="584" />
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="473" />
            <source>This file is not a signed faculty release: drafts, unsigned and combined reports cannot be merged.</source>
            <translation>Dit bestand is geen ondertekende vrijgave van een faculteit: concepten, niet-ondertekende en samengevoegde rapporten kunnen niet worden samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="147" />
            <source>This filter does not apply to this list.</source>
            <translation>Dit filter is niet van toepassing op deze lijst.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="74" />
            <source>This folder is not an Officer Desk vault.</source>
            <translation>Deze map is geen Officer Desk-kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="764" />
            <source>This follow-up has changed since; nothing was undone.</source>
            <translation>Deze vervolgafspraak is intussen gewijzigd; er is niets ongedaan gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="529" />
            <source>This follow-up is already in the vault; skipped.</source>
            <translation>Deze vervolgafspraak staat al in de kluis; overgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="708" />
            <location filename="../../officer_desk/services/desk.py" line="742" />
            <source>This follow-up is no longer open.</source>
            <translation>Deze vervolgafspraak staat niet meer open.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="68" />
            <source>This is not a valid e-mail address.</source>
            <translation>Dit is geen geldig e-mailadres.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="289" />
            <source>This is not an ordinary file (it is a device, a pipe or a folder), so it was not read.</source>
            <translation>Dit is geen gewoon bestand (het is een apparaat, een pijp of een map); het is daarom niet gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="124" />
            <source>This key file belongs to another vault: its key does not open this database. Put the vault's own key file (keys.json) back, or restore the latest verified backup.</source>
            <translation>Dit sleutelbestand hoort bij een andere kluis: de sleutel ervan opent deze database niet. Zet het eigen sleutelbestand van de kluis (keys.json) terug, of zet de laatste gecontroleerde back-up terug.</translation>
        </message>
        <message>
            <source>This note is finalised; add an addendum instead.</source>
            <translation type="vanished">Deze notitie is definitief; voeg in plaats daarvan een aanvulling toe.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="550" />
            <source>This note is finalised; use Add to the note instead.</source>
            <translation>Deze notitie is definitief; gebruik in plaats daarvan Notitie aanvullen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="161" />
            <source>This passphrase is too weak. Use at least 12 characters, for example four unrelated words.</source>
            <translation>Deze wachtzin is te zwak. Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="170" />
            <source>This quarter has not started yet.</source>
            <translation>Dit kwartaal is nog niet begonnen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="109" />
            <source>This reference matches more than one student; use the internal id as id:N.</source>
            <translation>Deze verwijzing past bij meer dan één student; gebruik het interne nummer als id:N.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="336" />
            <source>This release of {faculty} has number {number}, older than release {seen} already seen; it may come from a restored or copied vault.</source>
            <translation>Deze vrijgave van {faculty} heeft nummer {number}, ouder dan de al ontvangen vrijgave {seen}; zij komt mogelijk uit een teruggezette of gekopieerde kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="286" />
            <source>This row could not be read (unbalanced quotes or a cell too long).</source>
            <translation>Deze rij kon niet worden gelezen (aanhalingstekens niet in paren of een te lange cel).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="294" />
            <source>This row has consultation details but no consultation date.</source>
            <translation>Deze rij heeft gespreksgegevens maar geen gespreksdatum.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/corrections.py" line="86" />
            <source>This student belongs to another faculty than this vault: a consultation cannot be moved to them.</source>
            <translation>Deze student hoort bij een andere faculteit dan deze kluis: een gesprek kan niet naar deze student worden verplaatst.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="151" />
            <source>This student is on legal hold. Release the hold before erasing.</source>
            <translation>Voor deze student geldt een juridische bewaarplicht. Hef die op voordat u wist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/corrections.py" line="93" />
            <source>This student is on legal hold: their records stay as they are until the hold is released.</source>
            <translation>Voor deze student geldt een juridische bewaarplicht: de gegevens blijven zoals ze zijn tot de bewaarplicht is opgeheven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="462" />
            <source>This student number is not in the vault, so a name is needed.</source>
            <translation>Dit studentnummer staat niet in de kluis, dus er is een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="40" />
            <source>This text is too long (at most {limit} characters).</source>
            <translation>Deze tekst is te lang (hoogstens {limit} tekens).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="154" />
            <source>This time is not valid.</source>
            <translation>Deze tijd is niet geldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="104" />
            <source>This vault reports in academic-year quarters (like 2026-27-AQ1). Calendar quarters overlap them by a month, so reporting both could reveal single months.</source>
            <translation>Deze kluis rapporteert in kwartalen van het studiejaar (zoals 2026-27-AQ1). Kalenderkwartalen overlappen die een maand, dus rapporteren in beide kan losse maanden prijsgeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="98" />
            <source>This vault reports in calendar quarters (like 2026-Q3). Academic quarters overlap them by a month, so reporting both could reveal single months.</source>
            <translation>Deze kluis rapporteert in kalenderkwartalen (zoals 2026-Q3). Kwartalen van het studiejaar overlappen die een maand, dus rapporteren in beide kan losse maanden prijsgeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="150" />
            <source>This vault was made by a newer version of Officer Desk. Please update the app.</source>
            <translation>Deze kluis is gemaakt met een nieuwere versie van Officer Desk. Werk de app bij.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/templates.py" line="95" />
            <source>Two templates have the same name.</source>
            <translation>Twee sjablonen hebben dezelfde naam.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="85" />
            <source>Unknown export format.</source>
            <translation>Onbekende exportindeling.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="115" />
            <source>Unknown export.</source>
            <translation>Onbekende export.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="83" />
            <location filename="../../officer_desk/commands/vault.py" line="107" />
            <location filename="../../officer_desk/reports/build.py" line="195" />
            <location filename="../../officer_desk/reports/build.py" line="523" />
            <source>Unknown faculty code.</source>
            <translation>Onbekende faculteitscode.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="251" />
            <source>Unknown kind of quarter.</source>
            <translation>Onbekend soort kwartaal.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="247" />
            <source>Unknown language.</source>
            <translation>Onbekende taal.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/period.py" line="50" />
            <source>Unknown period. Use a quarter like 2026-Q3 or 2026-27-AQ1.</source>
            <translation>Onbekende periode. Gebruik een kwartaal zoals 2026-Q3 of 2026-27-AQ1.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="233" />
            <source>Unknown setting.</source>
            <translation>Onbekende instelling.</translation>
        </message>
        <message>
            <source>Unknown value for {field}.</source>
            <translation type="vanished">Onbekende waarde voor {field}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="75" />
            <source>Unknown value for {what}: choose one of the listed values.</source>
            <translation>Onbekende waarde voor {what}: kies een van de getoonde waarden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="230" />
            <source>Year to date needs every quarter up to {period} released.</source>
            <translation>Een overzicht van het jaar tot nu toe vraagt dat elk kwartaal tot en met {period} is vrijgegeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="242" />
            <source>Year to date needs the quarters of one year, from the first quarter on.</source>
            <translation>Een overzicht van het jaar tot nu toe vraagt de kwartalen van één jaar, vanaf het eerste kwartaal.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/merge.py" line="229" />
            <source>Year to date needs the reports of one faculty.</source>
            <translation>Een overzicht van het jaar tot nu toe vraagt de rapporten van één faculteit.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="205" />
            <source>{count} value(s) are not in the app's lists; choose what each one means first.</source>
            <translation>{count} waarde(n) staan niet in de lijsten van de app; kies eerst wat elke waarde betekent.</translation>
        </message>
        <message>
            <source>{count} value(s) are not in the codebook; map them to a code first.</source>
            <translation type="vanished">{count} waarde(n) staan niet in het codeboek; koppel ze eerst aan een code.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/reporting.py" line="259" />
            <source>{period} is not released, so there is no bundle to save: only a released quarter is signed and sent to the central office. Release it once it has ended.</source>
            <translation>{period} is niet vrijgegeven, dus er is geen bundel om op te slaan: alleen een vrijgegeven kwartaal wordt ondertekend en naar het centrale bureau gestuurd. Geef het vrij als het voorbij is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="142" />
            <source>{variable} is set outside the test suite. It makes vaults easy to break into: unset it and try again.</source>
            <translation>{variable} is ingesteld buiten de testsuite. Daarmee zijn kluizen makkelijk te kraken: verwijder de instelling en probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="80" />
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="71" />
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="63" />
            <source>&amp;Machine-readable (JSON):</source>
            <translation>&amp;Machineleesbaar (JSON):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="59" />
            <source>&amp;Readable (PDF):</source>
            <translation>&amp;Leesbaar (PDF):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="97" />
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="43" />
            <source>Copy of personal data</source>
            <translation>Kopie van persoonsgegevens</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="69" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="68" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="47" />
            <source>Everything held on this student: profile, cases, consultations with dossier and working notes, referrals, follow-ups and the access log about them. Hand the files over securely; they are not encrypted.</source>
            <translation>Alles wat over deze student is vastgelegd: profiel, trajecten, gesprekken met dossier- en werknotities, verwijzingen, vervolgafspraken en het toegangslogboek daarover. Overhandig de bestanden veilig; ze zijn niet versleuteld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="65" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="59" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="150" />
            <source>Saved. The export is recorded in the access log.</source>
            <translation>Opgeslagen. De export is vastgelegd in het toegangslogboek.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="95" />
            <source>Where to save: {what}</source>
            <translation>Opslaan als: {what}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/export_dialog.py" line="135" />
            <source>Writing the files…</source>
            <translation>De bestanden worden geschreven…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>&amp;Browse…</source>
            <translation type="vanished">&amp;Bladeren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="180" />
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="196" />
            <source>&amp;Mapping:</source>
            <translation>&amp;Koppeling:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="166" />
            <source>A CSV or Excel (.xlsx) file with one consultation or one student per row. Nothing is written until the last step.</source>
            <translation>Een CSV- of Excel-bestand (.xlsx) met één gesprek of één student per rij. Er wordt pas bij de laatste stap iets geschreven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="193" />
            <source>B&amp;rowse…</source>
            <translation>B&amp;laderen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="177" />
            <source>Bro&amp;wse…</source>
            <translation>Bla&amp;deren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="194" />
            <source>Browse for a saved mapping</source>
            <translation>Een bewaarde koppeling zoeken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="178" />
            <source>Browse for the file</source>
            <translation>Het bestand zoeken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="224" />
            <source>Choose a saved mapping</source>
            <translation>Kies een bewaarde koppeling</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="164" />
            <source>Choose the file</source>
            <translation>Kies het bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="214" />
            <source>Choose the file to import</source>
            <translation>Kies het bestand om te importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="207" />
            <source>File status</source>
            <translation>Status van het bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="174" />
            <source>File to import</source>
            <translation>Bestand om te importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="224" />
            <source>Mappings (*.json)</source>
            <translation>Koppelingen (*.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="191" />
            <source>Optional: a mapping saved earlier (.json)</source>
            <translation>Optioneel: een eerder bewaarde koppeling (.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="175" />
            <source>Path of a .csv or .xlsx file</source>
            <translation>Pad van een .csv- of .xlsx-bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="261" />
            <source>Reading the file…</source>
            <translation>Het bestand wordt gelezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="190" />
            <source>Saved mapping file (optional)</source>
            <translation>Bewaard koppelingsbestand (optioneel)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="216" />
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Rekenbladen (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="283" />
            <source>The file could not be read.</source>
            <translation>Het bestand kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="238" />
            <source>The mapping file could not be read.</source>
            <translation>Het koppelingsbestand kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="256" />
            <source>There is no file at this path.</source>
            <translation>Op dit pad staat geen bestand.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="271" />
            <source>This file cannot be imported:</source>
            <translation>Dit bestand kan niet worden geïmporteerd:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="274" />
            <source>{rows} rows and {columns} columns; the headers are on row {header}.</source>
            <translation>{rows} rijen en {columns} kolommen; de kopregel staat op rij {header}.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="349" />
            <source>Due</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="357" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="359" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="365" />
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="358" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="355" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="351" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
    </context>
    <context>
        <name>FollowUpReminder</name>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="96" />
            <source>Follow-up due</source>
            <translation>Vervolgafspraak staat gepland</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="97" />
            <source>Follow-ups due now: {count}</source>
            <translation>Vervolgafspraken die nu aan de beurt zijn: {count}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="57" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSection</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="335" />
            <source>&amp;Done</source>
            <translation>&amp;Gedaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="336" />
            <source>&amp;Missed</source>
            <translation>G&amp;emist</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="338" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;Verzetten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="337" />
            <source>C&amp;ancel follow-up</source>
            <translation>Vervolgafspraak &amp;annuleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="371" />
            <source>Closed on {day}.</source>
            <translation>Afgesloten op {day}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="369" />
            <source>Due {due}; {status}.</source>
            <translation>Gepland op {due}; {status}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="362" />
            <source>Follow-up: {kind}</source>
            <translation>Vervolgafspraak: {kind}</translation>
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation type="vanished">Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="365" />
            <source>overdue</source>
            <translation>achterstallig</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="113" />
            <source>&amp;Cancel follow-up</source>
            <translation>Vervolgafspraak &amp;annuleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="112" />
            <source>&amp;Missed</source>
            <translation>&amp;Gemist</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="114" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;Verzetten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="185" />
            <source>1 open follow-up</source>
            <translation>1 open vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="88" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="65" />
            <source>Calendar of follow-ups</source>
            <translation>Kalender met vervolgafspraken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="111" />
            <source>D&amp;one</source>
            <translation>Ge&amp;daan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="74" />
            <source>Days with open follow-ups are shaded (red: overdue).</source>
            <translation>Dagen met open vervolgafspraken zijn gekleurd (rood: achterstallig).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="105" />
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="143" />
            <source>Follow-ups</source>
            <translation>Vervolgafspraken</translation>
        </message>
        <message>
            <source>No follow-ups here.</source>
            <translation type="vanished">Hier zijn geen vervolgafspraken.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="99" />
            <source>No follow-ups here. Plan one when you log a consultation (Ctrl+N), or pick another month, day or status.</source>
            <translation>Geen vervolgafspraken hier. Plan er een wanneer u een gesprek vastlegt (Ctrl+N), of kies een andere maand, dag of status.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="115" />
            <source>Open st&amp;udent</source>
            <translation>St&amp;udent openen</translation>
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation type="vanished">Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="85" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="90" />
            <source>Selected &amp;day only</source>
            <translation>Alleen de ge&amp;kozen dag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="187" />
            <source>{count} open follow-ups</source>
            <translation>{count} open vervolgafspraken</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../officer_desk/ui/help.py" line="83" />
            <source>Contents</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/help.py" line="81" />
            <source>User guide</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/help.py" line="74" />
            <source>User guide — Officer Desk</source>
            <translation>Handleiding — Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="623" />
            <source>&amp;Stop the import</source>
            <translation>Import &amp;stoppen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="612" />
            <source>Everything is written in one step: all of it, or nothing if it fails.</source>
            <translation>Alles wordt in één stap geschreven: alles, of niets als het mislukt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="610" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="617" />
            <source>Import progress</source>
            <translation>Voortgang van de import</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="621" />
            <source>Import status</source>
            <translation>Status van de import</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="692" />
            <source>Imported {rows} rows: {students} new students, {consultations} consultations, {referrals} referrals and {follow_ups} follow-ups. Refused rows left out: {skipped}.</source>
            <translation>{rows} rijen geïmporteerd: {students} nieuwe studenten, {consultations} gesprekken, {referrals} verwijzingen en {follow_ups} vervolgafspraken. Weggelaten geweigerde rijen: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="642" />
            <source>Importing…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="716" />
            <source>Nothing was imported.</source>
            <translation>Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="624" />
            <source>Stop the import; nothing will be imported</source>
            <translation>De import stoppen; er wordt niets geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="671" />
            <source>Stopping…</source>
            <translation>Stoppen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="714" />
            <source>The import failed.</source>
            <translation>De import is mislukt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="711" />
            <source>The import was stopped. Nothing was imported.</source>
            <translation>De import is gestopt. Er is niets geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="116" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="138" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="113" />
            <source>Consultation date</source>
            <translation>Datum van het gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="114" />
            <source>Consultation time</source>
            <translation>Tijd van het gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="105" />
            <source>Do not import</source>
            <translation>Niet importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="120" />
            <source>Dossier note</source>
            <translation>Dossiernotitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="115" />
            <source>Duration (minutes)</source>
            <translation>Duur (minuten)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="108" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="110" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="135" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="124" />
            <source>Follow-up date</source>
            <translation>Datum van de vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="129" />
            <source>Follow-up done on</source>
            <translation>Vervolgafspraak gedaan op</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="126" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="144" />
            <source>Follow-up kind</source>
            <translation>Soort vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="128" />
            <source>Follow-up note</source>
            <translation>Notitie bij de vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="127" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="145" />
            <source>Follow-up status</source>
            <translation>Status van de vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="125" />
            <source>Follow-up time</source>
            <translation>Tijd van de vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="82" />
            <source>Import a contact log</source>
            <translation>Een contactlogboek importeren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="84" />
            <source>Import wizard</source>
            <translation>Importassistent</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="117" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="139" />
            <source>Initiated by</source>
            <translation>Initiatief van</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="106" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="121" />
            <source>Private working note</source>
            <translation>Persoonlijke werknotitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="109" />
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="123" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="143" />
            <source>Referral status</source>
            <translation>Status van de verwijzing</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="122" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="142" />
            <source>Referred to</source>
            <translation>Verwezen naar</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="112" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="137" />
            <source>Student group</source>
            <translation>Studentgroep</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="107" />
            <source>Student number</source>
            <translation>Studentnummer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="111" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="136" />
            <source>Study phase</source>
            <translation>Studiefase</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="118" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="140" />
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="119" />
            <location filename="../../officer_desk/ui/import_wizard.py" line="141" />
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/main_window.py" line="804" />
            <source>%n unfinished consultation(s)</source>
            <translation>
                <numerusform>%n onafgemaakt gesprek</numerusform>
                <numerusform>%n onafgemaakte gesprekken</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="225" />
            <source>&amp;About Officer Desk</source>
            <translation>&amp;Over Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="229" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="241" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="231" />
            <source>&amp;Import students and consultations…</source>
            <translation>Studenten en gesprekken &amp;importeren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="218" />
            <source>&amp;Log consultation…</source>
            <translation>Gesprek &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="224" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="242" />
            <source>&amp;User guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="240" />
            <source>&amp;View</source>
            <translation>&amp;Weergave</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="942" />
            <source>&lt;h3&gt;Officer Desk {version}&lt;/h3&gt;&lt;p&gt;Confidential case tracking and anonymised reporting for student well-being officers.&lt;/p&gt;&lt;p&gt;Everything you record stays encrypted on this computer. The app makes no network connections.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Officer Desk {version}&lt;/h3&gt;&lt;p&gt;Vertrouwelijke dossiervoering en geanonimiseerde rapportage voor studentenwelzijnsmedewerkers.&lt;/p&gt;&lt;p&gt;Alles wat u vastlegt, blijft versleuteld op deze computer. De app maakt geen netwerkverbindingen.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>A consultation you are logging has not been saved. Keep it as a draft and quit? You can finish it after the next unlock.</source>
            <translation type="vanished">Een gesprek dat u aan het vastleggen bent, is nog niet opgeslagen. Als concept bewaren en afsluiten? U kunt het na de volgende ontgrendeling afmaken.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="843" />
            <source>A replacement of the vault's key was interrupted. The vault is complete and opens with your passphrase, but its new recovery key was never shown. Ask your support desk to run 'officer-desk rotate-key' for this vault to get a new recovery key.</source>
            <translation>Het vervangen van de sleutel van de kluis is onderbroken. De kluis is compleet en opent met uw wachtzin, maar de nieuwe herstelsleutel is nooit getoond. Vraag uw servicedesk om 'officer-desk rotate-key' voor deze kluis uit te voeren, zodat u een nieuwe herstelsleutel krijgt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="226" />
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="941" />
            <source>About Officer Desk</source>
            <translation>Over Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="326" />
            <source>Backup made and verified.</source>
            <translation>Back-up gemaakt en gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="369" />
            <source>Current view</source>
            <translation>Huidige weergave</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="220" />
            <source>Find a student</source>
            <translation>Student zoeken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="914" />
            <source>Follow-ups due now: {count}</source>
            <translation>Vervolgafspraken die nu aan de beurt zijn: {count}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="243" />
            <source>How to use Officer Desk (F1)</source>
            <translation>Zo werkt Officer Desk (F1)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="222" />
            <source>Loc&amp;k</source>
            <translation>Ver&amp;grendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="223" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>De kluis nu vergrendelen (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="639" />
            <source>Locked</source>
            <translation>Vergrendeld</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation type="vanished">Vergrendeld.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/main_window.py" line="564" />
            <source>Locking: finishing %n background task(s) first…</source>
            <translation>
                <numerusform>Vergrendelen: eerst wordt %n taak op de achtergrond afgerond…</numerusform>
                <numerusform>Vergrendelen: eerst worden %n taken op de achtergrond afgerond…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="641" />
            <source>Locking…</source>
            <translation>Vergrendelen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="985" />
            <source>Making a backup before closing…</source>
            <translation>Back-up maken voor het afsluiten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="368" />
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="842" />
            <source>No recovery key</source>
            <translation>Geen herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="232" />
            <source>Note &amp;templates…</source>
            <translation>Notitie&amp;sjablonen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="217" />
            <location filename="../../officer_desk/ui/main_window.py" line="741" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="971" />
            <source>Quit Officer Desk?</source>
            <translation>Officer Desk afsluiten?</translation>
        </message>
        <message>
            <source>Read-only: the database is damaged</source>
            <translation type="vanished">Alleen-lezen: de database is beschadigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="643" />
            <source>Read-only: the vault is damaged</source>
            <translation>Alleen-lezen: de kluis is beschadigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="219" />
            <source>Record a consultation (Ctrl+N)</source>
            <translation>Een gesprek vastleggen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="890" />
            <source>Restoring the backup…</source>
            <translation>De back-up wordt teruggezet…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="221" />
            <source>Search names, student numbers and notes (Ctrl+F)</source>
            <translation>Zoek in namen, studentnummers en notities (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="807" />
            <source>Show them on Today</source>
            <translation>Toon ze bij Vandaag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="972" />
            <source>Some work in an open window has not been saved. A consultation you are logging is kept as a draft and can be finished after the next unlock; other unsaved changes are lost. Quit anyway?</source>
            <translation>Werk in een geopend venster is nog niet opgeslagen. Een gesprek dat u aan het vastleggen bent, wordt als concept bewaard en kan na de volgende ontgrendeling worden afgemaakt; andere niet-opgeslagen wijzigingen gaan verloren. Toch afsluiten?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="330" />
            <source>The automatic backup failed: {reason}</source>
            <translation>De automatische back-up is mislukt: {reason}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="900" />
            <source>The backup is back in place; the previous vault was kept beside it. Unlock with the passphrase that was valid when the backup was made.</source>
            <translation>De back-up is teruggezet; de vorige kluis is ernaast bewaard. Ontgrendel met de wachtzin die gold toen de back-up werd gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="910" />
            <source>The backup was not restored.</source>
            <translation>De back-up is niet teruggezet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="270" />
            <source>Unlock the vault to see your views</source>
            <translation>Ontgrendel de kluis om uw weergaven te zien</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="647" />
            <source>Unlocked · locks after {minutes} min idle</source>
            <translation>Ontgrendeld · vergrendelt na {minutes} min zonder activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="249" />
            <source>Vault</source>
            <translation>Kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="250" />
            <source>Vault state</source>
            <translation>Toestand van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="637" />
            <source>Vault: {path}</source>
            <translation>Kluis: {path}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="671" />
            <location filename="../../officer_desk/ui/main_window.py" line="755" />
            <source>{view} — Officer Desk</source>
            <translation>{view} — Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>(not a readable bundle)</source>
            <translation type="vanished">(geen leesbare bundel)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="547" />
            <source>(not a report file that can be read)</source>
            <translation>(geen leesbaar rapportbestand)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="550" />
            <source>Accept the report in {name}</source>
            <translation>Het rapport in {name} accepteren</translation>
        </message>
        <message>
            <source>Check the signatures</source>
            <translation type="vanished">Controleer de handtekeningen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="531" />
            <source>Check where the reports come from</source>
            <translation>Controleer van wie de rapporten komen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="562" />
            <source>The check code is the fingerprint of the faculty's report-signing key; each bundle's signature is verified against the key you tick.</source>
            <translation>De controlecode is de vingerafdruk van de ondertekeningssleutel van de faculteit; de handtekening van elke bundel wordt gecontroleerd met de sleutel die u aanvinkt.</translation>
        </message>
        <message>
            <source>Tick each faculty and fingerprint that match what that faculty gave you. A bundle is accepted only from the key you ticked for its faculty.</source>
            <translation type="vanished">Vink elke faculteit en vingerafdruk aan die overeenkomen met wat die faculteit u gaf. Een bundel wordt alleen geaccepteerd van de sleutel die u voor zijn faculteit hebt aangevinkt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="554" />
            <source>Tick each faculty whose check code matches the one that faculty gave you. A report is combined only when it carries the check code you ticked for its faculty.</source>
            <translation>Vink elke faculteit aan waarvan de controlecode overeenkomt met de code die die faculteit u gaf. Een rapport wordt alleen meegeteld als het de controlecode draagt die u voor die faculteit hebt aangevinkt.</translation>
        </message>
        <message>
            <source>Tick each fingerprint that matches the one the faculty gave you. Bundles signed by other keys are refused.</source>
            <translation type="vanished">Vink elke vingerafdruk aan die overeenkomt met de vingerafdruk die de faculteit u heeft gegeven. Bundels die met andere sleutels zijn ondertekend, worden geweigerd.</translation>
        </message>
        <message>
            <source>Trust the signer of {name}</source>
            <translation type="vanished">De ondertekenaar van {name} vertrouwen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="542" />
            <source>{faculty}: {fp}</source>
            <translation>{faculty}: {fp}</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="77" />
            <source>&amp;Undo</source>
            <translation>Onge&amp;daan maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="81" />
            <location filename="../../officer_desk/ui/message_bar.py" line="82" />
            <source>Dismiss</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="131" />
            <source>Not undone: {reason}</source>
            <translation>Niet ongedaan gemaakt: {reason}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="79" />
            <source>Open record</source>
            <translation>Dossier openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="80" />
            <source>Open the record this was saved in</source>
            <translation>Het dossier openen waarin dit is opgeslagen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="78" />
            <source>Undo this (Ctrl+Z)</source>
            <translation>Dit ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/message_bar.py" line="133" />
            <source>Undone.</source>
            <translation>Ongedaan gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>MoveConsultationDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="100" />
            <source>&amp;Move to:</source>
            <translation>&amp;Verplaatsen naar:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="87" />
            <location filename="../../officer_desk/ui/views/student_picker.py" line="163" />
            <source>Move consultation</source>
            <translation>Gesprek verplaatsen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="164" />
            <source>Move the consultation of {when} from {source} to {target}?

Its notes, addenda, referrals and follow-ups go with it. The move is recorded in the access log.</source>
            <translation>Het gesprek van {when} verplaatsen van {source} naar {target}?

De notities, aanvullingen, verwijzingen en vervolgafspraken gaan mee. De verplaatsing wordt vastgelegd in het toegangslogboek.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="90" />
            <source>Move the consultation of {when} from {student} to another student. Its notes, addenda, and the referrals and follow-ups made in it go with it.</source>
            <translation>Verplaats het gesprek van {when} van {student} naar een andere student. De notities, aanvullingen en de verwijzingen en vervolgafspraken uit dit gesprek gaan mee.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="111" />
            <source>Move…</source>
            <translation>Verplaatsen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="105" />
            <source>Students found</source>
            <translation>Gevonden studenten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="99" />
            <source>Type a name or student number</source>
            <translation>Typ een naam of studentnummer</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="251" />
            <source>&amp;Repeat:</source>
            <translation>He&amp;rhaal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="250" />
            <source>New &amp;passphrase:</source>
            <translation>&amp;Nieuwe wachtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="233" />
            <source>New passphrase</source>
            <translation>Nieuwe wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="243" />
            <source>Passphrase feedback</source>
            <translation>Beoordeling van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="240" />
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="235" />
            <source>Repeat the new passphrase</source>
            <translation>Herhaal de nieuwe wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="252" />
            <source>Strength:</source>
            <translation>Sterkte:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="284" />
            <source>Strong enough.</source>
            <translation>Sterk genoeg.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="308" />
            <source>The two passphrases do not match.</source>
            <translation>De twee wachtzinnen komen niet overeen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="304" />
            <source>Too weak: use at least 12 characters, for example four unrelated words.</source>
            <translation>Te zwak: gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="302" />
            <source>Use at least 12 characters, for example four unrelated words.</source>
            <translation>Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
    </context>
    <context>
        <name>NoteHitModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="413" />
            <source>Consultation</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="415" />
            <source>Match</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="414" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="412" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="548" />
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="547" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="550" />
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="549" />
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
    </context>
    <context>
        <name>OutreachView</name>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="75" />
            <source>&amp;Activity:</source>
            <translation>&amp;Activiteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="96" />
            <source>&amp;Delete…</source>
            <translation>Verw&amp;ijderen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="77" />
            <source>&amp;Participants:</source>
            <translation>&amp;Deelnemers:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="69" />
            <source>&amp;Record</source>
            <translation>&amp;Vastleggen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="129" />
            <source>1 activity</source>
            <translation>1 activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="135" />
            <source>1 participant in total</source>
            <translation>1 deelnemer in totaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="92" />
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="199" />
            <source>Activity “{what}” of {date} deleted</source>
            <translation>Activiteit ‘{what}’ van {date} verwijderd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="161" />
            <source>Activity “{what}” of {date} recorded</source>
            <translation>Activiteit ‘{what}’ van {date} vastgelegd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="78" />
            <source>D&amp;escription:</source>
            <translation>&amp;Omschrijving:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="76" />
            <source>Da&amp;te:</source>
            <translation>Da&amp;tum:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="182" />
            <source>Delete activity</source>
            <translation>Activiteit verwijderen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="183" />
            <source>Delete the activity “{type}” of {date}?</source>
            <translation>De activiteit “{type}” van {date} verwijderen?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="105" />
            <source>No activities recorded yet. Use the form above to record a workshop, a talk or an information session.</source>
            <translation>Nog geen activiteiten vastgelegd. Leg met het formulier hierboven een workshop, een lezing of een voorlichtingsbijeenkomst vast.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="68" />
            <source>Optional; no names</source>
            <translation>Optioneel; geen namen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="119" />
            <source>Outreach</source>
            <translation>Voorlichting</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="111" />
            <source>Outreach activities</source>
            <translation>Voorlichtingsactiviteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="54" />
            <source>Record an activity</source>
            <translation>Een activiteit vastleggen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="131" />
            <source>{count} activities</source>
            <translation>{count} activiteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="137" />
            <source>{count} participants in total</source>
            <translation>{count} deelnemers in totaal</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="116" />
            <source>Hide passphrase</source>
            <translation>Wachtzin verbergen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="125" />
            <source>Press {shortcut} to show or hide the passphrase.</source>
            <translation>Druk op {shortcut} om de wachtzin te tonen of te verbergen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="116" />
            <source>Show passphrase</source>
            <translation>Wachtzin tonen</translation>
        </message>
    </context>
    <context>
        <name>PreparingPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="311" />
            <source>Demo error</source>
            <translation>Fout in de demo</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="306" />
            <source>Inventing students and consultations. This takes a few seconds.</source>
            <translation>Studenten en gesprekken worden verzonnen. Dit duurt een paar seconden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="309" />
            <source>Preparing</source>
            <translation>Voorbereiden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="304" />
            <source>Preparing the demo vault…</source>
            <translation>De demokluis wordt voorbereid…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyView</name>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="337" />
            <source> backups</source>
            <translation> back-ups</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="134" />
            <source> year(s)</source>
            <translation> jaar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="439" />
            <source>%n backup(s) damaged.</source>
            <translation>
                <numerusform>%n back-up beschadigd.</numerusform>
                <numerusform>%n back-ups beschadigd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="433" />
            <source>%n backup(s).</source>
            <translation>
                <numerusform>%n back-up.</numerusform>
                <numerusform>%n back-ups.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="312" />
            <source>%n no longer qualified and were kept.</source>
            <translation>
                <numerusform>%n kwam niet meer in aanmerking en is bewaard.</numerusform>
                <numerusform>%n kwamen niet meer in aanmerking en zijn bewaard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="310" />
            <source>%n student(s) deleted.</source>
            <translation>
                <numerusform>%n student verwijderd.</numerusform>
                <numerusform>%n studenten verwijderd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="221" />
            <source>%n student(s) had their last activity on or before {date} and would be deleted. Double-click one to check it first.</source>
            <translation>
                <numerusform>%n student had de laatste activiteit op of vóór {date} en zou worden verwijderd. Dubbelklik om eerst te controleren.</numerusform>
                <numerusform>%n studenten hadden de laatste activiteit op of vóór {date} en zouden worden verwijderd. Dubbelklik op een student om eerst te controleren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="372" />
            <source>&amp;Back up now</source>
            <translation>Nu back-&amp;up maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="196" />
            <source>&amp;Delete these students…</source>
            <translation>Deze studenten &amp;verwijderen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="191" />
            <source>&amp;Keep (legal hold)</source>
            <translation>B&amp;ewaren (juridische bewaarplicht)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="374" />
            <source>&amp;Restore…</source>
            <translation>&amp;Terugzetten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="138" />
            <source>&amp;Save rule</source>
            <translation>Regel op&amp;slaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="327" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="403" />
            <source>Backup folder</source>
            <translation>Back-upmap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="334" />
            <source>Backup folder:</source>
            <translation>Back-upmap:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="321" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="366" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="411" />
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="vanished">&amp;Kiezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="160" />
            <source>Cases</source>
            <translation>Trajecten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="329" />
            <source>Ch&amp;oose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="421" />
            <source>Checking backups…</source>
            <translation>Back-ups worden gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="501" />
            <source>Close the vault first, then run: officer-desk restore --vault … --from …</source>
            <translation>Sluit eerst de kluis en voer dan uit: officer-desk restore --vault … --from …</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="161" />
            <source>Consultations</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="393" />
            <source>DAMAGED</source>
            <translation>BESCHADIGD</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="131" />
            <source>Delete a student's records</source>
            <translation>De gegevens van een student verwijderen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/privacy.py" line="261" />
            <source>Delete all records of %n student(s) for good? This cannot be undone; each deletion is recorded in the access log.</source>
            <translation>
                <numerusform>Alle gegevens van %n student definitief verwijderen? Dit kan niet ongedaan worden gemaakt; elke verwijdering wordt vastgelegd in het toegangslogboek.</numerusform>
                <numerusform>Alle gegevens van %n studenten definitief verwijderen? Dit kan niet ongedaan worden gemaakt; elke verwijdering wordt vastgelegd in het toegangslogboek.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="260" />
            <source>Delete students</source>
            <translation>Studenten verwijderen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="278" />
            <source>Deleting and reclaiming space…</source>
            <translation>Verwijderen en ruimte vrijmaken…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="346" />
            <source>Each backup is an encrypted copy with its key file, checked before it is kept. Choose a folder on another disk. Backups open with the passphrase that was valid when they were made.</source>
            <translation>Elke back-up is een versleutelde kopie met het bijbehorende sleutelbestand, gecontroleerd voordat hij wordt bewaard. Kies een map op een andere schijf. Back-ups openen met de wachtzin die gold toen ze werden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="164" />
            <source>Follow-ups</source>
            <translation>Vervolgafspraken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="394" />
            <source>Incomplete</source>
            <translation>Onvolledig</translation>
        </message>
        <message>
            <source>Internal id</source>
            <translation type="vanished">Intern nummer</translation>
        </message>
        <message>
            <source>Keep (legal &amp;hold)</source>
            <translation type="vanished">Bewaren (juridische &amp;bewaarplicht)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="343" />
            <source>Keep the newest:</source>
            <translation>De nieuwste bewaren:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="193" />
            <source>Keep the selected student, e.g. while a complaint is pending.</source>
            <translation>De gekozen student bewaren, bijvoorbeeld zolang een klacht loopt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="159" />
            <source>Last activity</source>
            <translation>Laatste activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="144" />
            <source>Last activity is the latest of: a case closed, a consultation, a follow-up or a referral update. Students with an open case, an open follow-up or a legal hold are always kept. Released reports are not affected.</source>
            <translation>De laatste activiteit is de laatste van: een afgesloten traject, een gesprek, een vervolgafspraak of een bijgewerkte verwijzing. Studenten met een open traject, een open vervolgafspraak of een juridische bewaarplicht worden altijd bewaard. Vrijgegeven rapporten veranderen niet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="435" />
            <source>Last verified backup: {when}.</source>
            <translation>Laatste gecontroleerde back-up: {when}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="356" />
            <source>Made</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="356" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="430" />
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="363" />
            <source>No backups yet. Press Back up now to make the first one.</source>
            <translation>Nog geen back-ups. Klik op Nu back-up maken voor de eerste.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="180" />
            <source>No student is due for deletion under this rule. Nothing needs to be done.</source>
            <translation>Volgens deze regel hoeft er geen student te worden verwijderd. U hoeft niets te doen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="158" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="230" />
            <source>Nobody is past the retention period (last activity before {date}).</source>
            <translation>Niemand is over de bewaartermijn heen (laatste activiteit vóór {date}).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="162" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="338" />
            <source>Number of backups to keep</source>
            <translation>Aantal back-ups dat bewaard blijft</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="123" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="527" />
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="115" />
            <source>Privacy and backups</source>
            <translation>Privacy en back-ups</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="163" />
            <source>Referrals</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="486" />
            <source>Replace the vault with the backup of {when}? Changes made since then will not be in it. The current vault is not deleted: it is kept beside it as '…before-restore'. The vault locks now; unlock it with the passphrase that was valid when the backup was made.</source>
            <translation>De kluis vervangen door de back-up van {when}? Wijzigingen sindsdien staan er niet in. De huidige kluis wordt niet verwijderd: hij blijft ernaast bewaard als '…before-restore'. De kluis wordt nu vergrendeld; ontgrendel hem met de wachtzin die gold toen de back-up werd gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="479" />
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="485" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="500" />
            <source>Restore backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="128" />
            <location filename="../../officer_desk/ui/views/privacy.py" line="210" />
            <source>Retention</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="135" />
            <source>Retention period in years</source>
            <translation>Bewaartermijn in jaren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="356" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="356" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="186" />
            <source>Students due for deletion</source>
            <translation>Studenten die verwijderd moeten worden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="479" />
            <source>This backup is damaged; choose another one.</source>
            <translation>Deze back-up is beschadigd; kies een andere.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="392" />
            <source>Verified</source>
            <translation>Gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="452" />
            <source>Writing and checking the backup…</source>
            <translation>De back-up wordt geschreven en gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="137" />
            <source>after their last activity.</source>
            <translation>na hun laatste activiteit.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/privacy.py" line="396" />
            <source>{mb} MB</source>
            <translation>{mb} MB</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="49" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="56" />
            <source>&amp;Print…</source>
            <translation>&amp;Afdrukken…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="105" />
            <source>Copied. Paste it where you keep it safe: it is removed from the clipboard in {n} seconds.</source>
            <translation>Gekopieerd. Plak hem waar u hem veilig bewaart: over {n} seconden wordt hij van het klembord gehaald.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="52" />
            <source>Copy the key; it is removed from the clipboard after {n} seconds.</source>
            <translation>Kopieer de sleutel; na {n} seconden wordt hij van het klembord gehaald.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="50" />
            <source>Copy the recovery key</source>
            <translation>De herstelsleutel kopiëren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="131" />
            <source>Keep this page somewhere safe, away from the computer. With it you can set a new passphrase if you forget yours.</source>
            <translation>Bewaar deze pagina op een veilige plek, niet bij de computer. Hiermee kunt u een nieuwe wachtzin instellen als u de uwe vergeet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="129" />
            <source>Officer Desk: recovery key</source>
            <translation>Officer Desk: herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="57" />
            <location filename="../../officer_desk/ui/recovery_key.py" line="154" />
            <source>Print the recovery key</source>
            <translation>De herstelsleutel afdrukken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="48" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="60" />
            <source>Recovery key status</source>
            <translation>Status van de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="158" />
            <source>Sent to the printer.</source>
            <translation>Naar de printer gestuurd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/recovery_key.py" line="118" />
            <source>The recovery key was removed from the clipboard.</source>
            <translation>De herstelsleutel is van het klembord gehaald.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="191" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="192" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Enter the recovery key you stored when the vault was created, then choose a new passphrase. Afterwards the old passphrase no longer opens this vault or the backups in its backup folder; copies kept elsewhere still open with it.</source>
            <translation type="vanished">Voer de herstelsleutel in die u bij het maken van de kluis hebt bewaard en kies daarna een nieuwe wachtzin. Daarna opent de oude wachtzin deze kluis en de back-ups in de back-upmap niet meer; kopieën die elders worden bewaard openen er nog wel mee.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="175" />
            <source>Enter the recovery key you stored when the vault was created, then choose a new passphrase. Afterwards the old passphrase no longer opens this vault or the backups in its backup folder; copies kept elsewhere still open with it. The recovery key stays valid: keep it where it is.</source>
            <translation>Voer de herstelsleutel in die u bij het aanmaken van de kluis hebt bewaard, en kies een nieuwe wachtzin. Daarna opent de oude wachtzin deze kluis en de back-ups in de back-upmap niet meer; kopieën die elders zijn bewaard, openen er nog wel mee. De herstelsleutel blijft geldig: laat hem liggen waar hij ligt.</translation>
        </message>
        <message>
            <source>Enter the recovery key you stored when the vault was created, then choose a new passphrase. The old passphrase stops working.</source>
            <translation type="vanished">Voer de herstelsleutel in die u bij het maken van de kluis hebt bewaard en kies daarna een nieuwe wachtzin. De oude wachtzin werkt dan niet meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="196" />
            <source>Recovery &amp;key:</source>
            <translation>Herstel&amp;sleutel:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="194" />
            <source>Recovery error</source>
            <translation>Fout bij herstel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="185" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="188" />
            <source>Set passphrase and &amp;unlock</source>
            <translation>Wachtzin instellen en &amp;ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="190" />
            <source>Set passphrase and unlock</source>
            <translation>Wachtzin instellen en ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="173" />
            <source>Unlock with the recovery key</source>
            <translation>Ontgrendelen met de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="193" />
            <source>Unlocking</source>
            <translation>Ontgrendelen</translation>
        </message>
    </context>
    <context>
        <name>ReferralSection</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="284" />
            <source>&amp;Update referral</source>
            <translation>Verwijzing &amp;bijwerken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="278" />
            <source>O&amp;utcome:</source>
            <translation>&amp;Uitkomst:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="300" />
            <source>Proposed on {proposed}; status last changed on {changed}.</source>
            <translation>Voorgesteld op {proposed}; status laatst gewijzigd op {changed}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="295" />
            <source>Referral to {destination}</source>
            <translation>Verwijzing naar {destination}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="276" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_sections.py" line="275" />
            <source>What came of it (optional)</source>
            <translation>Wat het opleverde (optioneel)</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>&amp;Combine faculty reports…</source>
            <translation type="vanished">Faculteitsrapporten &amp;samenvoegen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="110" />
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Merge faculty bundles…</source>
            <translation type="vanished">Faculteitsbundels &amp;samenvoegen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="102" />
            <source>&amp;Preview</source>
            <translation>&amp;Voorbeeld</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="108" />
            <source>&amp;Quarters:</source>
            <translation>&amp;Kwartalen:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="126" />
            <source>&amp;Release quarter…</source>
            <translation>Kwartaal vr&amp;ijgeven…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="293" />
            <source>&lt;b&gt;Preview&lt;/b&gt; builds the anonymised report of the chosen quarter and shows it here. Small numbers are hidden so that no student can be recognised. Until a quarter is released the report is a draft: its figures follow your records and are shown only on this screen.</source>
            <translation>&lt;b&gt;Voorbeeld&lt;/b&gt; maakt de geanonimiseerde rapportage van het gekozen kwartaal en toont die hier. Kleine aantallen worden verborgen, zodat geen enkele student te herkennen is. Zolang een kwartaal niet is vrijgegeven, is de rapportage een concept: de cijfers volgen uw registratie en zijn alleen op dit scherm te zien.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="300" />
            <source>&lt;b&gt;Release quarter&lt;/b&gt; freezes the figures of a quarter that has ended. After that you can export the PDF and save the report for the central office, and the figures never change.</source>
            <translation>&lt;b&gt;Kwartaal vrijgeven&lt;/b&gt; legt de cijfers vast van een kwartaal dat voorbij is. Daarna kunt u de pdf exporteren en de rapportage voor het centrale bureau opslaan, en veranderen de cijfers nooit meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="340" />
            <source>A quarter can be released only after it has ended.</source>
            <translation>Een kwartaal kan pas worden vrijgegeven als het voorbij is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="172" />
            <source>About reports</source>
            <translation>Over rapportages</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="86" />
            <source>Academic-year quarters</source>
            <translation>Kwartalen van het studiejaar</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="103" />
            <source>Build the report preview</source>
            <translation>Het voorbeeld van het rapport maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="355" />
            <source>Building the report…</source>
            <translation>Het rapport wordt gemaakt…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="85" />
            <source>Calendar quarters</source>
            <translation>Kalenderkwartalen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="319" />
            <source>Check code of your reports (give it to the central office, so it knows a report comes from you): {fp}</source>
            <translation>Controlecode van uw rapporten (geef deze aan het centrale bureau, zodat het weet dat een rapport van u komt): {fp}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="241" />
            <source>Choose a quarter and press Preview.</source>
            <translation>Kies een kwartaal en klik op Voorbeeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="283" />
            <source>Choose it above and press Preview to see it again.</source>
            <translation>Kies het hierboven en klik op Voorbeeld om de rapportage weer te zien.</translation>
        </message>
        <message>
            <source>Choose the faculties' report bundles</source>
            <translation type="vanished">Kies de rapportbundels van de faculteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="485" />
            <source>Choose the faculties' report files</source>
            <translation>Kies de rapportbestanden van de faculteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="127" />
            <source>Co&amp;mbine faculty reports…</source>
            <translation>Faculteitsrapporten sa&amp;menvoegen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="132" />
            <source>Combine faculty report files into a university report</source>
            <translation>Rapportbestanden van faculteiten samenvoegen tot een universiteitsrapport</translation>
        </message>
        <message>
            <source>Draft, not released: these figures are shown only on this screen and follow the data until you release the quarter. An exported draft PDF shows banded totals only; the bundle exists once the quarter is released.</source>
            <translation type="vanished">Concept, niet vrijgegeven: deze cijfers staan alleen op dit scherm en volgen de gegevens totdat u het kwartaal vrijgeeft. Een geëxporteerde concept-pdf toont alleen totalen in stappen; de bundel bestaat zodra het kwartaal is vrijgegeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="379" />
            <source>Draft, not released: these figures are shown only on this screen and follow the data until you release the quarter. An exported draft PDF shows rounded totals only (such as 30–39); the file for the central office exists once the quarter is released.</source>
            <translation>Concept, niet vrijgegeven: deze cijfers staan alleen op dit scherm en volgen de gegevens totdat u het kwartaal vrijgeeft. Een geëxporteerde concept-pdf toont alleen afgeronde totalen (zoals 30–39); het bestand voor het centrale bureau bestaat zodra het kwartaal is vrijgegeven.</translation>
        </message>
        <message>
            <source>Draft: this quarter has not ended. These figures are shown only on this screen; an exported draft PDF shows banded totals only. The quarter can be released after it ends.</source>
            <translation type="vanished">Concept: dit kwartaal is nog niet voorbij. Deze cijfers staan alleen op dit scherm; een geëxporteerde concept-pdf toont alleen totalen in stappen. Het kwartaal kan worden vrijgegeven als het voorbij is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="388" />
            <source>Draft: this quarter has not ended. These figures are shown only on this screen; an exported draft PDF shows rounded totals only (such as 30–39). The quarter can be released after it ends.</source>
            <translation>Concept: dit kwartaal is nog niet voorbij. Deze cijfers staan alleen op dit scherm; een geëxporteerde concept-pdf toont alleen afgeronde totalen (zoals 30–39). Het kwartaal kan worden vrijgegeven als het voorbij is.</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation type="vanished">&amp;PDF exporteren…</translation>
        </message>
        <message>
            <source>Export &amp;bundle…</source>
            <translation type="vanished">&amp;Bundel exporteren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="124" />
            <source>Export P&amp;DF…</source>
            <translation>&amp;PDF exporteren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="420" />
            <source>Export report PDF</source>
            <translation>Rapport als PDF exporteren</translation>
        </message>
        <message>
            <source>Export signed report bundle</source>
            <translation type="vanished">Ondertekende rapportbundel exporteren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="129" />
            <source>Export the report as PDF</source>
            <translation>Het rapport als PDF exporteren</translation>
        </message>
        <message>
            <source>Export the signed report bundle</source>
            <translation type="vanished">De ondertekende rapportbundel exporteren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="146" />
            <source>For the central office: checks the signature of each faculty's report bundle and adds up the released tables into one university report.</source>
            <translation>Voor het centrale bureau: controleert de handtekening van de rapportbundel van elke faculteit en telt de vrijgegeven tabellen op tot één universiteitsrapport.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="87" />
            <source>Kind of quarter</source>
            <translation>Soort kwartaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="101" />
            <source>Language of the report</source>
            <translation>Taal van het rapport</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="278" />
            <source>Last released report: {quarter}, released on {date}.</source>
            <translation>Laatst vrijgegeven rapportage: {quarter}, vrijgegeven op {date}.</translation>
        </message>
        <message>
            <source>Merge faculty bundles into a university report</source>
            <translation type="vanished">Faculteitsbundels samenvoegen tot een universiteitsrapport</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="518" />
            <source>Merged {n} faculty reports for {period}; saved as PDF and JSON.</source>
            <translation>{n} faculteitsrapporten voor {period} samengevoegd; opgeslagen als PDF en JSON.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="289" />
            <source>No quarter has been released in this vault yet.</source>
            <translation>In deze kluis is nog geen kwartaal vrijgegeven.</translation>
        </message>
        <message>
            <source>Not released yet: the figures follow the data until you release the quarter.</source>
            <translation type="vanished">Nog niet vrijgegeven: de cijfers volgen de gegevens tot u het kwartaal vrijgeeft.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="422" />
            <location filename="../../officer_desk/ui/views/reports.py" line="502" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="306" />
            <source>Press F1 for the user guide.</source>
            <translation>Druk op F1 voor de handleiding.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="109" />
            <source>Q&amp;uarter:</source>
            <translation>Kw&amp;artaal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="95" />
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="131" />
            <source>Release and freeze this quarter</source>
            <translation>Dit kwartaal vrijgeven en vastzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="462" />
            <source>Release quarter</source>
            <translation>Kwartaal vrijgeven</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="463" />
            <source>Release {period}? Its figures are then frozen for good: records added later never change this report.</source>
            <translation>{period} vrijgeven? De cijfers liggen dan definitief vast: later toegevoegde gegevens veranderen dit rapport nooit meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="376" />
            <source>Released: these figures are frozen and will not change.</source>
            <translation>Vrijgegeven: deze cijfers liggen vast en veranderen niet meer.</translation>
        </message>
        <message>
            <source>Report bundles (*.json)</source>
            <translation type="vanished">Rapportbundels (*.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="434" />
            <location filename="../../officer_desk/ui/views/reports.py" line="487" />
            <source>Report files for the central office (*.json)</source>
            <translation>Rapportbestanden voor het centrale bureau (*.json)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="163" />
            <source>Report preview</source>
            <translation>Voorbeeld van het rapport</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="121" />
            <source>Report status</source>
            <translation>Status van het rapport</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="204" />
            <location filename="../../officer_desk/ui/views/reports.py" line="450" />
            <location filename="../../officer_desk/ui/views/reports.py" line="475" />
            <location filename="../../officer_desk/ui/views/reports.py" line="497" />
            <location filename="../../officer_desk/ui/views/reports.py" line="514" />
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="125" />
            <source>Save for the &amp;central office…</source>
            <translation>Opslaan voor het &amp;centrale bureau…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="130" />
            <source>Save the report file for the central office</source>
            <translation>Het rapportbestand voor het centrale bureau opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="432" />
            <source>Save the report for the central office</source>
            <translation>Het rapport voor het centrale bureau opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="500" />
            <source>Save the university report</source>
            <translation>Het universiteitsrapport opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="452" />
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="140" />
            <source>Saves the released figures as a signed JSON file (a report bundle) that the central office combines with the other faculties' reports.</source>
            <translation>Slaat de vrijgegeven cijfers op als ondertekend JSON-bestand (een rapportbundel) dat het centrale bureau samenvoegt met de rapporten van de andere faculteiten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="325" />
            <source>The fingerprint of this vault's report-signing key (Ed25519).</source>
            <translation>De vingerafdruk van de sleutel waarmee deze kluis rapporten ondertekent (Ed25519).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/reports.py" line="92" />
            <source>The vault reports in one kind of quarter; it is chosen in Settings.</source>
            <translation>De kluis rapporteert in één soort kwartaal; dat kiest u bij Instellingen.</translation>
        </message>
        <message>
            <source>Your report-signing key fingerprint (give it to the central office): {fp}</source>
            <translation type="vanished">Vingerafdruk van uw ondertekeningssleutel voor rapporten (geef deze aan het centrale bureau): {fp}</translation>
        </message>
    </context>
    <context>
        <name>RotateKeyDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="434" />
            <source>C&amp;urrent passphrase:</source>
            <translation>&amp;Huidige wachtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="441" />
            <source>Change the &amp;key</source>
            <translation>&amp;Sleutel vervangen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="419" />
            <source>Change the vault key</source>
            <translation>De kluissleutel vervangen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="432" />
            <source>Current passphrase</source>
            <translation>Huidige wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="421" />
            <source>The vault closes, is re-encrypted with a new key, and opens again after you have stored the new recovery key. The old recovery key stops working. Enter your current passphrase to go on.</source>
            <translation>De kluis wordt gesloten, opnieuw versleuteld met een nieuwe sleutel en weer geopend nadat u de nieuwe herstelsleutel hebt bewaard. De oude herstelsleutel werkt dan niet meer. Voer uw huidige wachtzin in om door te gaan.</translation>
        </message>
    </context>
    <context>
        <name>RotationPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="31" />
            <source>&amp;Continue</source>
            <translation>&amp;Doorgaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="25" />
            <source>Changing the vault key</source>
            <translation>Kluissleutel wordt vervangen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="22" />
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="57" />
            <source>Changing the vault key…</source>
            <translation>Kluissleutel wordt vervangen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="33" />
            <source>Continue</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="28" />
            <source>I have &amp;stored the new recovery key in a safe place</source>
            <translation>Ik heb de nieuwe herstelsleutel op een veilige plek &amp;bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="30" />
            <source>I have stored the new recovery key</source>
            <translation>Ik heb de nieuwe herstelsleutel bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="34" />
            <source>Key change error</source>
            <translation>Fout bij vervangen van de sleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="59" />
            <source>The vault is re-encrypted with a new key. This can take a while for a large vault. Please do not close Officer Desk.</source>
            <translation>De kluis wordt opnieuw versleuteld met een nieuwe sleutel. Bij een grote kluis kan dat even duren. Sluit Officer Desk niet af.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="73" />
            <source>The vault key was changed</source>
            <translation>De kluissleutel is vervangen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/rotation.py" line="75" />
            <source>This is your NEW recovery key. It is shown only now: write it down or print it and keep it somewhere safe. The old recovery key no longer works. Backups made before today still open with the old key: make a new backup, then destroy the old ones.</source>
            <translation>Dit is uw NIEUWE herstelsleutel. Hij wordt alleen nu getoond: schrijf hem op of druk hem af en bewaar hem op een veilige plek. De oude herstelsleutel werkt niet meer. Back-ups van vóór vandaag openen nog met de oude sleutel: maak een nieuwe back-up en vernietig daarna de oude.</translation>
        </message>
    </context>
    <context>
        <name>SavedNotice</name>
        <message>
            <source>Open record</source>
            <translation type="vanished">Dossier openen</translation>
        </message>
        <message>
            <source>Open the record this was saved in</source>
            <translation type="vanished">Het dossier openen waarin dit is opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="84" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="117" />
            <source>&amp;Backup folder:</source>
            <translation>Back-up&amp;map:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="143" />
            <source>&amp;Change passphrase</source>
            <translation>Wachtzin wi&amp;jzigen</translation>
        </message>
        <message>
            <source>&amp;Faculty:</source>
            <translation type="vanished">&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="115" />
            <source>&amp;Lock after:</source>
            <translation>&amp;Vergrendelen na:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="102" />
            <source>&amp;Save settings</source>
            <translation>Instellingen &amp;opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="71" />
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
        <message>
            <source>A new passphrase cannot take back what was copied before: backups made earlier and copies of the key file still open with the old passphrase. If someone may know your passphrase, change the vault key instead (below).</source>
            <translation type="vanished">Een nieuwe wachtzin kan niet terugnemen wat eerder is gekopieerd: eerder gemaakte back-ups en kopieën van het sleutelbestand openen nog met de oude wachtzin. Kent iemand misschien uw wachtzin, vervang dan de kluissleutel (hieronder).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="172" />
            <source>A new passphrase cannot take back what was copied elsewhere: backups kept outside the backup folder and copies of the key file still open with the old passphrase. If someone may know your passphrase, change the vault key instead (below).</source>
            <translation>Een nieuwe wachtzin kan niet terugnemen wat elders is gekopieerd: back-ups buiten de back-upmap en kopieën van het sleutelbestand openen nog met de oude wachtzin. Kent iemand misschien uw wachtzin, vervang dan de kluissleutel (hieronder).</translation>
        </message>
        <message>
            <source>Academic-year quarters (2026-27-AQ1)</source>
            <translation type="vanished">Kwartalen van het studiejaar (2026-27-AQ1)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="80" />
            <source>Academic-year quarters (Q1 2026-27 = September to November)</source>
            <translation>Kwartalen van het studiejaar (K1 2026-27 = september t/m november)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="92" />
            <source>Backup folder</source>
            <translation>Back-upmap</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="vanished">&amp;Kiezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="181" />
            <source>C&amp;urrent passphrase:</source>
            <translation>Hui&amp;dige wachtzin:</translation>
        </message>
        <message>
            <source>Calendar quarters (2026-Q3)</source>
            <translation type="vanished">Kalenderkwartalen (2026-Q3)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="77" />
            <source>Calendar quarters (Q3 2026 = July to September)</source>
            <translation>Kalenderkwartalen (K3 2026 = juli t/m september)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="94" />
            <source>Ch&amp;oose…</source>
            <translation>K&amp;iezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="144" />
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="205" />
            <source>Change the vault &amp;key…</source>
            <translation>Kluis&amp;sleutel vervangen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="206" />
            <source>Change the vault key</source>
            <translation>De kluissleutel vervangen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="149" />
            <source>Changing the passphrase</source>
            <translation>Wachtzin wordt gewijzigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="158" />
            <source>Changing the passphrase is quick: your records stay as they are and the recovery key stays valid. Afterwards the old passphrase no longer opens this vault or the backups in its backup folder.</source>
            <translation>Het wijzigen van de wachtzin gaat snel: uw gegevens blijven zoals ze zijn en de herstelsleutel blijft geldig. Daarna opent de oude wachtzin deze kluis en de back-ups in de back-upmap niet meer.</translation>
        </message>
        <message>
            <source>Changing the passphrase re-protects the vault key; your records are not rewritten and the recovery key stays valid. Afterwards the old passphrase no longer opens this vault or the backups in its backup folder.</source>
            <translation type="vanished">Bij het wijzigen van de wachtzin wordt de sleutel van de kluis opnieuw beveiligd; uw gegevens worden niet herschreven en de herstelsleutel blijft geldig. Daarna opent de oude wachtzin deze kluis en de back-ups in de back-upmap niet meer.</translation>
        </message>
        <message>
            <source>Changing the passphrase re-protects the vault key; your records are not rewritten. The recovery key stays valid.</source>
            <translation type="vanished">Bij het wijzigen van de wachtzin wordt de sleutel van de kluis opnieuw beveiligd; uw gegevens worden niet herschreven. De herstelsleutel blijft geldig.</translation>
        </message>
        <message>
            <source>Changing the passphrase re-protects the vault key; your records are not rewritten. The recovery key stays valid. Afterwards the old passphrase no longer opens this vault or the backups in its backup folder, but copies kept elsewhere still open with it: if someone may know it, change the vault key (officer-desk rotate-key).</source>
            <translation type="vanished">Bij het wijzigen van de wachtzin wordt de sleutel van de kluis opnieuw beveiligd; uw gegevens worden niet herschreven. De herstelsleutel blijft geldig. Daarna opent de oude wachtzin deze kluis en de back-ups in de back-upmap niet meer, maar kopieën die elders worden bewaard openen er nog wel mee: als iemand hem kan kennen, wissel dan de sleutel van de kluis (officer-desk rotate-key).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="355" />
            <source>Changing the passphrase…</source>
            <translation>Wachtzin wordt gewijzigd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="288" />
            <source>Choose once: it cannot change after the first release.</source>
            <translation>Eén keer kiezen: dit kan na de eerste vrijgave niet meer veranderen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="95" />
            <location filename="../../officer_desk/ui/views/settings.py" line="329" />
            <source>Choose the backup folder</source>
            <translation>Kies de back-upmap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="140" />
            <source>Current passphrase</source>
            <translation>Huidige wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="113" />
            <source>Facul&amp;ty:</source>
            <translation>&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="70" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="286" />
            <source>Fixed: a quarter has been released in this kind.</source>
            <translation>Vast: er is al een kwartaal van dit soort vrijgegeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="75" />
            <source>Kind of report quarters</source>
            <translation>Soort rapportagekwartalen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="116" />
            <source>L&amp;anguage:</source>
            <translation>T&amp;aal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="87" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="85" />
            <source>Lock after minutes without activity</source>
            <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="93" />
            <source>Not chosen yet</source>
            <translation>Nog niet gekozen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="155" />
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="153" />
            <source>Passphrase status</source>
            <translation>Status van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="109" />
            <source>Profile and preferences</source>
            <translation>Profiel en voorkeuren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="114" />
            <source>Report &amp;quarters:</source>
            <translation>Rapportage&amp;kwartalen:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="103" />
            <source>Save settings</source>
            <translation>Instellingen opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="272" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="322" />
            <source>Settings saved.</source>
            <translation>Instellingen opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="106" />
            <source>Settings status</source>
            <translation>Status van de instellingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="88" />
            <source>System language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="351" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>De nieuwe wachtzin is gelijk aan de huidige.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="393" />
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>De wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="165" />
            <source>The vault key is wrapped again with a key derived from the new passphrase; the database itself is not re-encrypted.</source>
            <translation>De kluissleutel wordt opnieuw versleuteld met een sleutel die van de nieuwe wachtzin is afgeleid; de database zelf wordt niet opnieuw versleuteld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="124" />
            <source>The vault locks itself after this many minutes without keyboard or mouse activity, and whenever the computer's screen locks. Backups are written to the backup folder, which should be on another disk.</source>
            <translation>De kluis vergrendelt zichzelf na zoveel minuten zonder toetsenbord- of muisactiviteit, en telkens wanneer het scherm van de computer vergrendelt. Back-ups worden in de back-upmap geschreven; die hoort op een andere schijf te staan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="196" />
            <source>Use this if someone may know your passphrase or may have a copy of the vault: the whole vault is re-encrypted with a new key and you get a new recovery key (the old one stops working). The vault closes while this runs. Backups made before keep the old key: make a new backup afterwards and destroy the old ones.</source>
            <translation>Gebruik dit als iemand misschien uw wachtzin kent of een kopie van de kluis heeft: de hele kluis wordt opnieuw versleuteld met een nieuwe sleutel en u krijgt een nieuwe herstelsleutel (de oude werkt dan niet meer). De kluis is gesloten zolang dit loopt. Eerder gemaakte back-ups houden de oude sleutel: maak daarna een nieuwe back-up en vernietig de oude.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="193" />
            <source>Vault key</source>
            <translation>Kluissleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="112" />
            <source>Your &amp;name:</source>
            <translation>&amp;Uw naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="67" />
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
    </context>
    <context>
        <name>StudentDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="383" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="385" />
            <source>&amp;Faculty:</source>
            <translation>&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="387" />
            <source>&amp;Group:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="381" />
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="384" />
            <source>&amp;Programme:</source>
            <translation>&amp;Opleiding:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="412" />
            <location filename="../../officer_desk/ui/views/students.py" line="436" />
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="507" />
            <source>&amp;Save anyway</source>
            <translation>Toch op&amp;slaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="375" />
            <source>(not recorded)</source>
            <translation>(niet vastgelegd)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="411" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="364" />
            <source>Edit student</source>
            <translation>Student bewerken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="364" />
            <source>New student</source>
            <translation>Nieuwe student</translation>
        </message>
        <message>
            <source>Student &amp;number:</source>
            <translation type="vanished">Student&amp;nummer:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="382" />
            <source>Student n&amp;umber:</source>
            <translation>Studentnu&amp;mmer:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="386" />
            <source>Study p&amp;hase:</source>
            <translation>Studief&amp;ase:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="486" />
            <source>This may be a student who is already in the vault. Open the existing record (double-click), or press Save anyway to add a new one.</source>
            <translation>Dit is misschien een student die al in de kluis staat. Open het bestaande dossier (dubbelklik), of kies Toch opslaan om een nieuwe toe te voegen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="370" />
            <source>e.g. s1234567 (optional)</source>
            <translation>bijv. s1234567 (optioneel)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="372" />
            <source>optional</source>
            <translation>optioneel</translation>
        </message>
    </context>
    <context>
        <name>StudentListModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="133" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="136" />
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="131" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="137" />
            <source>Next follow-up</source>
            <translation>Volgende afspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="132" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="135" />
            <source>Open cases</source>
            <translation>Open trajecten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="134" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
    </context>
    <context>
        <name>StudentPageView</name>
        <message>
            <source>&amp;Done</source>
            <translation type="vanished">&amp;Gedaan</translation>
        </message>
        <message>
            <source>&amp;Dossier note (the student may see this):</source>
            <translation type="vanished">&amp;Dossiernotitie (de student mag deze inzien):</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="112" />
            <source>&amp;Edit profile…</source>
            <translation>Profiel b&amp;ewerken…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="198" />
            <source>&amp;Export a copy…</source>
            <translation>&amp;Kopie exporteren…</translation>
        </message>
        <message>
            <source>&amp;Finalise…</source>
            <translation type="vanished">&amp;Definitief maken…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="113" />
            <source>&amp;Log consultation…</source>
            <translation>Gesprek &amp;vastleggen…</translation>
        </message>
        <message>
            <source>&amp;Missed</source>
            <translation type="vanished">G&amp;emist</translation>
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation type="vanished">&amp;Verzetten…</translation>
        </message>
        <message>
            <source>&amp;Save notes</source>
            <translation type="vanished">Notities op&amp;slaan</translation>
        </message>
        <message>
            <source>&amp;Update referral</source>
            <translation type="vanished">Verwijzing &amp;bijwerken</translation>
        </message>
        <message>
            <source>A finalised note can no longer be edited; later changes are addenda.</source>
            <translation type="vanished">Een definitieve notitie kan niet meer worden bewerkt; latere wijzigingen zijn aanvullingen.</translation>
        </message>
        <message>
            <source>Add adde&amp;ndum…</source>
            <translation type="vanished">Aan&amp;vulling toevoegen…</translation>
        </message>
        <message>
            <source>Addenda:</source>
            <translation type="vanished">Aanvullingen:</translation>
        </message>
        <message>
            <source>C&amp;ancel follow-up</source>
            <translation type="vanished">Vervolgafspraak &amp;annuleren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="131" />
            <location filename="../../officer_desk/ui/views/student_page.py" line="138" />
            <source>Cases</source>
            <translation>Trajecten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="143" />
            <source>Cl&amp;ose case…</source>
            <translation>Traject af&amp;sluiten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="480" />
            <source>Close case</source>
            <translation>Traject afsluiten</translation>
        </message>
        <message>
            <source>Closed on {day}.</source>
            <translation type="vanished">Afgesloten op {day}.</translation>
        </message>
        <message>
            <source>Consultation of {when}</source>
            <translation type="vanished">Gesprek van {when}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="218" />
            <source>Delete everything held on this student for good (right to erasure).</source>
            <translation>Alles wat over deze student is vastgelegd definitief verwijderen (recht op vergetelheid).</translation>
        </message>
        <message>
            <source>Due {due}; {status}.</source>
            <translation type="vanished">Gepland op {due}; {status}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="216" />
            <source>E&amp;rase student…</source>
            <translation>Student &amp;wissen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="371" />
            <location filename="../../officer_desk/ui/views/student_page.py" line="432" />
            <source>Erase student</source>
            <translation>Student wissen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="396" />
            <source>Erasing the records and reclaiming space…</source>
            <translation>De gegevens worden gewist en de ruimte wordt vrijgemaakt…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="193" />
            <source>Export a copy of this student's data, legal hold, erase the student</source>
            <translation>Een kopie van de gegevens van deze student exporteren, juridische bewaarplicht, de student wissen</translation>
        </message>
        <message>
            <source>Finalise notes</source>
            <translation type="vanished">Notities definitief maken</translation>
        </message>
        <message>
            <source>Finalise the notes of this consultation? They can no longer be edited afterwards; later changes become addenda.</source>
            <translation type="vanished">De notities van dit gesprek definitief maken? Daarna kunnen ze niet meer worden bewerkt; latere wijzigingen worden aanvullingen.</translation>
        </message>
        <message>
            <source>Finalised on {when}. Changes are added as addenda.</source>
            <translation type="vanished">Definitief gemaakt op {when}. Wijzigingen worden als aanvulling toegevoegd.</translation>
        </message>
        <message>
            <source>Follow-up: {kind}</source>
            <translation type="vanished">Vervolgafspraak: {kind}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="209" />
            <source>Keep this student's records, e.g. while a complaint is pending: no erasure and no deletion by the retention rule while the hold is on.</source>
            <translation>De gegevens van deze student bewaren, bijvoorbeeld zolang een klacht loopt: zolang de bewaarplicht geldt, wordt niets gewist en niets verwijderd door de bewaarregel.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="206" />
            <source>Legal &amp;hold</source>
            <translation>Juridische &amp;bewaarplicht</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="106" />
            <source>Legal hold status</source>
            <translation>Status juridische bewaarplicht</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="135" />
            <source>No cases. Logging a consultation opens one.</source>
            <translation>Geen trajecten. Als u een gesprek vastlegt, wordt er een geopend.</translation>
        </message>
        <message>
            <source>Not finalised: the notes can still be edited.</source>
            <translation type="vanished">Niet definitief: de notities kunnen nog worden bewerkt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="161" />
            <source>Nothing recorded for this student yet. Press Log consultation… to add the first consultation.</source>
            <translation>Nog niets vastgelegd voor deze student. Klik op Gesprek vastleggen… voor het eerste gesprek.</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation type="vanished">&amp;Uitkomst:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="92" />
            <source>On legal hold: these records are kept from erasure and from the retention rule until the hold is released.</source>
            <translation>Juridische bewaarplicht: deze gegevens worden niet gewist en niet door de bewaarregel verwijderd tot de bewaarplicht wordt opgeheven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="142" />
            <source>Open new &amp;case…</source>
            <translation>Nieuw &amp;traject openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="472" />
            <source>Open new case</source>
            <translation>Nieuw traject openen</translation>
        </message>
        <message>
            <source>Pri&amp;vate working note:</source>
            <translation type="vanished">Persoonlijke &amp;werknotitie:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="472" />
            <source>Primary concern:</source>
            <translation>Hoofdonderwerp:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="190" />
            <source>Privac&amp;y</source>
            <translation>Privac&amp;y</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="196" />
            <source>Privacy actions</source>
            <translation>Privacyacties</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="191" />
            <source>Privacy actions for this student</source>
            <translation>Privacyacties voor deze student</translation>
        </message>
        <message>
            <source>Proposed on {proposed}; status last changed on {changed}.</source>
            <translation type="vanished">Voorgesteld op {proposed}; status laatst gewijzigd op {changed}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="480" />
            <source>Reason for closing:</source>
            <translation>Reden van afsluiten:</translation>
        </message>
        <message>
            <source>Referral to {destination}</source>
            <translation type="vanished">Verwijzing naar {destination}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="144" />
            <source>Reo&amp;pen case</source>
            <translation>Traject her&amp;openen</translation>
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation type="vanished">Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation type="vanished">S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="232" />
            <source>Select a consultation, referral or follow-up in the timeline to see its details.</source>
            <translation>Kies een gesprek, verwijzing of vervolgafspraak in de tijdlijn om de details te zien.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="245" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="200" />
            <source>Subject access: everything held on this student as a PDF and a JSON file; the export is recorded in the access log.</source>
            <translation>Inzageverzoek: alles wat over deze student is vastgelegd, als PDF- en JSON-bestand; de export wordt vastgelegd in het toegangslogboek.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="372" />
            <source>This student is on legal hold, so the records cannot be erased. Release the hold first (Privacy ▸ Legal hold) if the reason for it no longer applies.</source>
            <translation>Voor deze student geldt een juridische bewaarplicht, dus de gegevens kunnen niet worden gewist. Hef de bewaarplicht eerst op (Privacy ▸ Juridische bewaarplicht) als de reden ervoor niet meer geldt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="157" />
            <location filename="../../officer_desk/ui/views/student_page.py" line="167" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <source>What came of it (optional)</source>
            <translation type="vanished">Wat het opleverde (optioneel)</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation type="vanished">achterstallig</translation>
        </message>
        <message>
            <source>{channel}, {minutes} min, initiated by: {initiator}. Urgency: {urgency}.
Topics: {topics}</source>
            <translation type="vanished">{channel}, {minutes} min, initiatief van: {initiator}. Urgentie: {urgency}.
Onderwerpen: {topics}</translation>
        </message>
    </context>
    <context>
        <name>StudentPicker</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="53" />
            <source>last contact {date}</source>
            <translation>laatste contact {date}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="57" />
            <source>no contact yet</source>
            <translation>nog geen contact</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_picker.py" line="41" />
            <source>{name} ({number})</source>
            <translation>{name} ({number})</translation>
        </message>
    </context>
    <context>
        <name>StudentsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="137" />
            <source>&amp;New student…</source>
            <translation>&amp;Nieuwe student…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="126" />
            <source>&amp;Search:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="283" />
            <source>1 student</source>
            <translation>1 student</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="131" />
            <source>All faculties</source>
            <translation>Alle faculteiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="134" />
            <source>All phases</source>
            <translation>Alle fasen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="132" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="166" />
            <location filename="../../officer_desk/ui/views/students.py" line="172" />
            <source>Matches in notes</source>
            <translation>Treffers in notities</translation>
        </message>
        <message>
            <source>Matches in notes (newest 50)</source>
            <translation type="vanished">Treffers in notities (nieuwste 50)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="255" />
            <source>Matches in notes (newest {count})</source>
            <translation>Treffers in notities (nieuwste {count})</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="257" />
            <source>Matches in notes ({count} shown, newest first; add a word to find older ones)</source>
            <translation>Treffers in notities ({count} getoond, nieuwste eerst; voeg een woord toe om oudere te vinden)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="253" />
            <source>Matches in notes ({count})</source>
            <translation>Treffers in notities ({count})</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="167" />
            <source>No matches in notes.</source>
            <translation>Geen treffers in notities.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="246" />
            <source>No name or student number has all these words. The notes below do.</source>
            <translation>Geen naam of studentnummer bevat al deze woorden. De notities hieronder wel.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="275" />
            <source>No student matches. Clear the search or the filters to see everyone.</source>
            <translation>Geen student gevonden. Maak het zoekveld of de filters leeg om iedereen te zien.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="277" />
            <source>No students yet. Press New student… to add one, or import a list with File › Import students and consultations…</source>
            <translation>Nog geen studenten. Klik op Nieuwe student… om er een toe te voegen, of importeer een lijst via Bestand › Studenten en gesprekken importeren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="136" />
            <source>Open &amp;cases only</source>
            <translation>Alleen open &amp;trajecten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="123" />
            <source>Search names, student numbers and notes…</source>
            <translation>Zoek in namen, nummers en notities…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="154" />
            <location filename="../../officer_desk/ui/views/students.py" line="208" />
            <source>Students</source>
            <translation>Studenten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="135" />
            <source>Study phase</source>
            <translation>Studiefase</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="285" />
            <source>{count} students</source>
            <translation>{count} studenten</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="67" />
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="52" />
            <source>&amp;Language:</source>
            <translation>T&amp;aal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="88" />
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="89" />
            <source>&amp;Text:</source>
            <translation>Te&amp;kst:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="68" />
            <source>Add a template</source>
            <translation>Een sjabloon toevoegen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="49" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="48" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="51" />
            <source>Language of the templates</source>
            <translation>Taal van de sjablonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="165" />
            <source>New template</source>
            <translation>Nieuw sjabloon</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="36" />
            <location filename="../../officer_desk/ui/templates_dialog.py" line="38" />
            <location filename="../../officer_desk/ui/templates_dialog.py" line="203" />
            <source>Note templates</source>
            <translation>Notitiesjablonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="69" />
            <source>Re&amp;move</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="71" />
            <source>Re&amp;set…</source>
            <translation>Her&amp;stellen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="70" />
            <source>Remove the selected template</source>
            <translation>Het gekozen sjabloon verwijderen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="185" />
            <source>Replace the templates in this language by the built-in ones?</source>
            <translation>De sjablonen in deze taal vervangen door de ingebouwde?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="184" />
            <source>Reset templates</source>
            <translation>Sjablonen herstellen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="72" />
            <source>Reset to the built-in templates</source>
            <translation>Terug naar de ingebouwde sjablonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="83" />
            <source>Template name</source>
            <translation>Naam van het sjabloon</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="86" />
            <source>Template text</source>
            <translation>Tekst van het sjabloon</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="64" />
            <source>Templates</source>
            <translation>Sjablonen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/templates_dialog.py" line="97" />
            <source>Templates are offered when you log a consultation. They are stored in your vault.</source>
            <translation>Sjablonen worden aangeboden wanneer u een gesprek vastlegt. Ze worden in uw kluis bewaard.</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="499" />
            <source>Consultation</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="479" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="482" />
            <source>Details</source>
            <translation>Bijzonderheden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="506" />
            <source>Editable</source>
            <translation>Bewerkbaar</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="506" />
            <source>Finalised</source>
            <translation>Definitief</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="502" />
            <source>Follow-up</source>
            <translation>Vervolgafspraak</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="510" />
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="vanished">Gegeven</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="501" />
            <source>Referral</source>
            <translation>Verwijzing</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="481" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="480" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="516" />
            <source>{channel}, {minutes} min · {topics} · urgency {urgency}</source>
            <translation>{channel}, {minutes} min · {topics} · urgentie {urgency}</translation>
        </message>
        <message>
            <source>{topics} · {channel}, {minutes} min · urgency {urgency}</source>
            <translation type="vanished">{topics} · {channel}, {minutes} min · urgentie {urgency}</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message numerus="yes">
            <location filename="../../officer_desk/ui/views/today.py" line="195" />
            <source>%n unfinished consultation(s)</source>
            <translation>
                <numerusform>%n onafgemaakt gesprek</numerusform>
                <numerusform>%n onafgemaakte gesprekken</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="233" />
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="113" />
            <source>&amp;Done</source>
            <translation>&amp;Gedaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="234" />
            <source>&amp;Keep it</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="84" />
            <source>&amp;Log consultation…</source>
            <translation>Gesprek &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="116" />
            <source>&amp;Open student</source>
            <translation>Student &amp;openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="115" />
            <source>&amp;Reschedule…</source>
            <translation>Ver&amp;zetten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="97" />
            <source>Coming week</source>
            <translation>Komende week</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="176" />
            <source>Delete what was typed, after asking</source>
            <translation>Wis wat getypt is (na een vraag)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="175" />
            <source>Disc&amp;ard…</source>
            <translation>W&amp;eggooien…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="228" />
            <source>Discard the unfinished consultation ({draft})?</source>
            <translation>Het onafgemaakte gesprek weggooien ({draft})?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="226" />
            <source>Discard unfinished consultation</source>
            <translation>Onafgemaakt gesprek weggooien</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="93" />
            <source>Due today</source>
            <translation>Vandaag gepland</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="114" />
            <source>Mark the selected follow-up as done</source>
            <translation>Markeer de gekozen vervolgafspraak als gedaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="134" />
            <source>No consultations yet. Press Ctrl+N to log your first consultation.</source>
            <translation>Nog geen gesprekken. Druk op Ctrl+N om uw eerste gesprek vast te leggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="93" />
            <source>Nothing due today.</source>
            <translation>Niets gepland voor vandaag.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="91" />
            <source>Nothing overdue.</source>
            <translation>Niets achterstallig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="98" />
            <source>Nothing planned for the coming week.</source>
            <translation>Niets gepland voor de komende week.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="174" />
            <source>Open the consultation and go on typing</source>
            <translation>Open het gesprek en typ verder</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="91" />
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="130" />
            <location filename="../../officer_desk/ui/views/today.py" line="139" />
            <source>Recent consultations</source>
            <translation>Recente gesprekken</translation>
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation type="vanished">Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="173" />
            <source>Resu&amp;me</source>
            <translation>He&amp;rvatten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="297" />
            <source>Select a follow-up.</source>
            <translation>Kies een vervolgafspraak.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="248" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="168" />
            <location filename="../../officer_desk/ui/views/today.py" line="169" />
            <source>Unfinished consultation</source>
            <translation>Onafgemaakt gesprek</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="232" />
            <source>What was typed is deleted; this cannot be undone.</source>
            <translation>Wat getypt is, wordt gewist; dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="185" />
            <source>no student chosen yet</source>
            <translation>nog geen student gekozen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="301" />
            <source>{name}, due {date}</source>
            <translation>{name}, gepland op {date}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="188" />
            <source>{student}, kept {when}</source>
            <translation>{student}, bewaard {when}</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="vanished">Onge&amp;daan maken</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="vanished">Sluiten</translation>
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation type="vanished">Niet ongedaan gemaakt: {reason}</translation>
        </message>
        <message>
            <source>Undo this (Ctrl+Z)</source>
            <translation type="vanished">Dit ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation type="vanished">Ongedaan gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="77" />
            <source>&amp;Passphrase:</source>
            <translation>W&amp;achtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="59" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="63" />
            <source>Checking the passphrase…</source>
            <translation>Wachtzin controleren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="52" />
            <source>Demo passphrase</source>
            <translation>Wachtzin van de demo</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="73" />
            <source>Forgot the passphrase? Use the recovery key</source>
            <translation>Wachtzin vergeten? Gebruik de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="66" />
            <source>Open &amp;read-only</source>
            <translation>&amp;Alleen-lezen openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="75" />
            <source>Open another vault…</source>
            <translation>Een andere kluis openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="67" />
            <source>Open read-only</source>
            <translation>Alleen-lezen openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="57" />
            <location filename="../../officer_desk/ui/unlock/pages.py" line="58" />
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="69" />
            <source>Restore a &amp;backup…</source>
            <translation>Een &amp;back-up terugzetten…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="70" />
            <source>Restore the latest verified backup</source>
            <translation>De laatste gecontroleerde back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="125" />
            <source>This is a demo vault with invented students. Its passphrase is:
{passphrase}</source>
            <translation>Dit is een demokluis met verzonnen studenten. De wachtzin is:
{passphrase}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="61" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="65" />
            <source>Unlock error</source>
            <translation>Fout bij ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="41" />
            <source>Unlock your vault</source>
            <translation>Ontgrendel uw kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="62" />
            <source>Unlocking</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Use the &amp;previous key file</source>
            <translation type="vanished">&amp;Vorige sleutelbestand gebruiken</translation>
        </message>
        <message>
            <source>Use the previous key file</source>
            <translation type="vanished">Vorige sleutelbestand gebruiken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="45" />
            <source>Vault location</source>
            <translation>Locatie van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="122" />
            <source>Vault: {path}</source>
            <translation>Kluis: {path}</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="470" />
            <source>Every value is matched.</source>
            <translation>Elke waarde is gekoppeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="453" />
            <source>Every value matches the app's lists.</source>
            <translation>Elke waarde komt voor in de lijsten van de app.</translation>
        </message>
        <message>
            <source>Every value matches the codebook.</source>
            <translation type="vanished">Elke waarde komt overeen met het codeboek.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="398" />
            <source>List</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="387" />
            <source>Match the values</source>
            <translation>Koppel de waarden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="436" />
            <source>Meaning of {value} in {list}</source>
            <translation>Betekenis van {value} in {list}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="398" />
            <source>Means</source>
            <translation>Betekent</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="398" />
            <source>Rows</source>
            <translation>Rijen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="389" />
            <source>These values in category columns are not in the app's lists. Choose what each one means; rows with a value left unmatched are refused.</source>
            <translation>Deze waarden in categoriekolommen staan niet in de lijsten van de app. Kies wat elke waarde betekent; rijen met een niet-gekoppelde waarde worden geweigerd.</translation>
        </message>
        <message>
            <source>These values in category columns are not in the codebook. Choose what each one means; rows with a value left unmatched are refused.</source>
            <translation type="vanished">Deze waarden in categoriekolommen staan niet in het codeboek. Kies wat elke waarde betekent; rijen met een niet-gekoppelde waarde worden geweigerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="398" />
            <source>Value in the file</source>
            <translation>Waarde in het bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="411" />
            <source>Value mapping status</source>
            <translation>Status van de waardekoppeling</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="400" />
            <source>Values that are not in the app's lists</source>
            <translation>Waarden die niet in de lijsten van de app staan</translation>
        </message>
        <message>
            <source>Values that are not in the codebook</source>
            <translation type="vanished">Waarden die niet in het codeboek staan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="468" />
            <source>{count} value(s) still unmatched.</source>
            <translation>{count} waarde(n) nog niet gekoppeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/import_wizard.py" line="440" />
            <source>— leave unmatched (refuse these rows) —</source>
            <translation>— niet koppelen (deze rijen weigeren) —</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="291" />
            <source>At a &amp;time:</source>
            <translation>Om een &amp;tijd:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="415" />
            <source>Due now: {due}. Move it to:</source>
            <translation>Nu gepland op {due}. Verzetten naar:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="363" />
            <source>Follow-up with {name} cancelled</source>
            <translation>Vervolgafspraak met {name} geannuleerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="359" />
            <source>Follow-up with {name} marked done</source>
            <translation>Vervolgafspraak met {name} als gedaan gemarkeerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="361" />
            <source>Follow-up with {name} marked missed</source>
            <translation>Vervolgafspraak met {name} als gemist gemarkeerd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="365" />
            <source>Follow-up with {name} moved to {when}</source>
            <translation>Vervolgafspraak met {name} verzet naar {when}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="83" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="420" />
            <source>Reschedule follow-up</source>
            <translation>Vervolgafspraak verzetten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="296" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="414" />
            <source>{kind} with {name}</source>
            <translation>{kind} met {name}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="269" />
            <source>&amp;Create a new vault</source>
            <translation>Een nieuwe kluis &amp;maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="272" />
            <source>&amp;Open an existing vault…</source>
            <translation>Een bestaande kluis &amp;openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="271" />
            <source>Create a new vault</source>
            <translation>Een nieuwe kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="273" />
            <source>Open an existing vault</source>
            <translation>Een bestaande kluis openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="291" />
            <source>There is no vault at {path} yet. A vault keeps your consultation records encrypted on this computer.</source>
            <translation>Er staat nog geen kluis in {path}. Een kluis bewaart uw gespreksverslagen versleuteld op deze computer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="268" />
            <source>Vault location</source>
            <translation>Locatie van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock/pages.py" line="264" />
            <source>Welcome to Officer Desk</source>
            <translation>Welkom bij Officer Desk</translation>
        </message>
    </context>
</TS>
