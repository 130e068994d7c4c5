<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AccessScreen</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="803" />
            <source>Checking the passphrase…</source>
            <translation>Wachtzin controleren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="763" />
            <source>Choose the vault folder</source>
            <translation>Kies de map van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="855" />
            <source>Opening read-only…</source>
            <translation>Alleen-lezen openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="865" />
            <source>The previous key file is back in place. Enter the passphrase that was valid before the last change.</source>
            <translation>Het vorige sleutelbestand is teruggezet. Voer de wachtzin in die gold vóór de laatste wijziging.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="819" />
            <source>The vault's database is damaged, so it cannot be opened for work. You can open it read-only to look things up. To continue working, restore the latest verified backup from your backup folder (see Settings).</source>
            <translation>De database van de kluis is beschadigd en kan daarom niet worden geopend om in te werken. U kunt hem alleen-lezen openen om iets op te zoeken. Zet de laatste gecontroleerde back-up uit uw back-upmap terug om verder te werken (zie Instellingen).</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="593" />
            <source>&amp;Addendum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="587" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="582" />
            <source>Add addendum</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="382" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="379" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="380" />
            <source>Primary concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="383" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="381" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsultationDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="177" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="239" />
            <source>&amp;Add referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="182" />
            <source>&amp;Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="727" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="216" />
            <source>&amp;Dossier note (the student may see this):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="186" />
            <source>&amp;Initiated by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="726" />
            <source>&amp;Keep as draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="274" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="206" />
            <source>&amp;Primary topic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="152" />
            <source>&amp;Student:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="202" />
            <source>&amp;Topics:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="171" />
            <source>&amp;When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="266" />
            <source>+1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="264" />
            <source>+1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="265" />
            <source>+2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="303" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="701" />
            <source>Choose a student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="728" />
            <source>Continue &amp;editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="300" />
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="178" />
            <source>D&amp;uration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="277" />
            <source>Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="257" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="724" />
            <source>Keep it as a draft to finish later, or discard what you typed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="98" />
            <source>Log consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="273" />
            <source>Optional short note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="223" />
            <source>Pri&amp;vate working note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="246" />
            <source>Re&amp;ferral to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="244" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="232" />
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="621" />
            <source>Restored the consultation you had not saved yet ({when}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="304" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="305" />
            <source>Save the consultation (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="259" />
            <source>Sc&amp;hedule a follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="193" />
            <source>Space ticks or unticks the current topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="123" />
            <source>Start &amp;new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="163" />
            <source>Student:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="722" />
            <source>This consultation has not been saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="205" />
            <source>Tick a topic first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="142" />
            <source>Type a name or student number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="190" />
            <source>U&amp;rgency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="721" />
            <source>Unsaved consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="214" />
            <source>What happened and what was agreed. The student may see this on request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/consultation_dialog.py" line="222" />
            <source>Your own working notes and impressions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsultationModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="352" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="355" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="351" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="353" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="354" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="350" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="504" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="556" />
            <source>&amp;Create vault</source>
            <translation>&amp;Kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="458" />
            <source>&amp;Faculty:</source>
            <translation>&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="506" />
            <location filename="../../officer_desk/ui/unlock.py" line="556" />
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="556" />
            <source>&amp;Start working</source>
            <translation>&amp;Aan de slag</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="453" />
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="505" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="418" />
            <source>Create a new vault</source>
            <translation>Een nieuwe kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="503" />
            <source>Create error</source>
            <translation>Fout bij het maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="502" />
            <source>Creating the vault</source>
            <translation>Kluis wordt gemaakt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="426" />
            <source>Everything you record is encrypted with a key protected by this passphrase. Choose one you can remember: four or more unrelated words work well.</source>
            <translation>Alles wat u vastlegt, wordt versleuteld met een sleutel die door deze wachtzin wordt beschermd. Kies er een die u kunt onthouden: vier of meer losse woorden werken goed.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="452" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="490" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>Ik heb de herstelsleutel op een veilige plek &amp;bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="491" />
            <source>I have stored the recovery key</source>
            <translation>Ik heb de herstelsleutel bewaard</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="508" />
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="450" />
            <source>Officer name</source>
            <translation>Naam van de functionaris</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="489" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="420" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="554" />
            <source>Step {n} of 3</source>
            <translation>Stap {n} van 3</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="472" />
            <source>This is your recovery key. It is shown only now. Write it down or print it and keep it somewhere safe, away from this computer: it is the only way back in if you forget the passphrase.</source>
            <translation>Dit is uw herstelsleutel. Hij wordt alleen nu getoond. Schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij deze computer: het is de enige manier om weer binnen te komen als u de wachtzin vergeet.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="457" />
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="443" />
            <source>Your name and faculty appear on reports. You can change them later in Settings.</source>
            <translation>Uw naam en faculteit staan op rapporten. U kunt ze later wijzigen bij Instellingen.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="306" />
            <source>A case cannot close before it was opened.</source>
            <translation>Een traject kan niet worden afgesloten vóór het werd geopend.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="295" />
            <location filename="../../officer_desk/services/desk.py" line="335" />
            <source>A consultation cannot be logged in the future.</source>
            <translation>Een gesprek kan niet in de toekomst worden vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="358" />
            <location filename="../../officer_desk/services/desk.py" line="362" />
            <location filename="../../officer_desk/services/desk.py" line="583" />
            <location filename="../../officer_desk/services/desk.py" line="658" />
            <source>A follow-up cannot be due before its consultation.</source>
            <translation>Een vervolgafspraak kan niet vóór het bijbehorende gesprek vallen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="341" />
            <source>A follow-up without a date was not imported.</source>
            <translation>Een vervolgafspraak zonder datum is niet geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="266" />
            <source>A row needs a name or a student number.</source>
            <translation>Een rij heeft een naam of een studentnummer nodig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="57" />
            <source>A student number has 6 to 8 digits, optionally after s, u or p.</source>
            <translation>Een studentnummer heeft 6 tot 8 cijfers, eventueel na s, u of p.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="427" />
            <source>A student with the same name is already in the vault; a new student is created. Merge them afterwards if they are the same.</source>
            <translation>Er staat al een student met dezelfde naam in de kluis; er wordt een nieuwe student aangemaakt. Voeg ze daarna samen als het dezelfde persoon is.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="109" />
            <source>A vault already exists at this location.</source>
            <translation>Op deze locatie bestaat al een kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="215" />
            <location filename="../../officer_desk/services/desk.py" line="231" />
            <source>Another student already has this student number.</source>
            <translation>Een andere student heeft dit studentnummer al.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/templates.py" line="137" />
            <source>At most {limit} templates.</source>
            <translation>Hoogstens {limit} sjablonen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="170" />
            <source>Auto-lock must be between 1 and 240 minutes.</source>
            <translation>Automatisch vergrendelen moet tussen 1 en 240 minuten liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/backups.py" line="194" />
            <source>Choose a backup folder outside the vault folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="343" />
            <source>Choose at least one topic.</source>
            <translation>Kies minstens één onderwerp.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="369" />
            <source>Choose one of this student's cases.</source>
            <translation>Kies een van de trajecten van deze student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="243" />
            <source>Choose two different students.</source>
            <translation>Kies twee verschillende studenten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/subject_access.py" line="608" />
            <location filename="../../officer_desk/services/subject_access.py" line="644" />
            <source>Choose where to save the export.</source>
            <translation>Kies waar de export moet worden opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="121" />
            <source>Could not save: the disk may be full or not writable. Nothing was changed.</source>
            <translation>Opslaan is mislukt: de schijf is misschien vol of niet beschrijfbaar. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="460" />
            <source>Differs from row {first} for the same student; kept the first.</source>
            <translation>Wijkt af van rij {first} voor dezelfde student; de eerste is aangehouden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="134" />
            <source>Invalid input.</source>
            <translation>Ongeldige invoer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="214" />
            <source>Map a column to Name or to Student number.</source>
            <translation>Koppel een kolom aan Naam of aan Studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="71" />
            <source>No passphrase given: type it at the prompt or set {variable}.</source>
            <translation>Geen wachtzin opgegeven: typ hem bij de vraag of stel {variable} in.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="188" />
            <source>No recovery key given: type it at the prompt or set {variable}.</source>
            <translation>Geen herstelsleutel opgegeven: typ hem bij de vraag of stel {variable} in.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="303" />
            <source>No topic given; recorded as Other.</source>
            <translation>Geen onderwerp opgegeven; vastgelegd als Overig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="52" />
            <source>No vault was found at this location.</source>
            <translation>Op deze locatie is geen kluis gevonden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/importer.py" line="106" />
            <source>Nothing was imported: the file could not be read, or no column is mapped to Name or Student number.</source>
            <translation>Er is niets geïmporteerd: het bestand kon niet worden gelezen, of geen kolom is gekoppeld aan Naam of Studentnummer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="182" />
            <source>Nothing was imported: {refused} row(s) are refused. Fix them, or import the other rows only (skip refused rows).</source>
            <translation>Er is niets geïmporteerd: {refused} rij(en) geweigerd. Herstel ze, of importeer alleen de andere rijen (geweigerde rijen overslaan).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="535" />
            <source>Open a case for this student first.</source>
            <translation>Open eerst een traject voor deze student.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="218" />
            <source>Several columns map to one field; only the first is used.</source>
            <translation>Meerdere kolommen zijn aan één veld gekoppeld; alleen de eerste wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="26" />
            <source>Something went wrong.</source>
            <translation>Er ging iets mis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/period.py" line="39" />
            <source>The academic year must be two consecutive years, like 2026-27.</source>
            <translation>Het studiejaar moet uit twee opeenvolgende jaren bestaan, zoals 2026-27.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="85" />
            <source>The duration must be between 0 and {limit} minutes.</source>
            <translation>De duur moet tussen 0 en {limit} minuten liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="193" />
            <source>The export could not be written. Nothing was saved.</source>
            <translation>De export kon niet worden geschreven. Er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="140" />
            <source>The file contains no rows.</source>
            <translation>Het bestand bevat geen rijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="422" />
            <source>The file could not be read.</source>
            <translation>Het bestand kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="154" />
            <source>The file has a header but no data rows.</source>
            <translation>Het bestand heeft een kopregel maar geen gegevensrijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="124" />
            <source>The file has more than {limit} rows.</source>
            <translation>Het bestand heeft meer dan {limit} rijen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="208" />
            <location filename="../../officer_desk/io/readers.py" line="416" />
            <source>The file is too large to import.</source>
            <translation>Het bestand is te groot om te importeren.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="216" />
            <source>The file's text encoding was not recognised. Save it as CSV (UTF-8) and try again.</source>
            <translation>De tekstcodering van het bestand is niet herkend. Sla het op als CSV (UTF-8) en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="189" />
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>De import is geannuleerd. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="415" />
            <location filename="../../officer_desk/io/mapping.py" line="421" />
            <location filename="../../officer_desk/io/mapping.py" line="439" />
            <source>The mapping file has an unknown format.</source>
            <translation>Het koppelingsbestand heeft een onbekende indeling.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="411" />
            <source>The mapping file is not valid JSON.</source>
            <translation>Het koppelingsbestand is geen geldige JSON.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="443" />
            <source>The mapping file maps a value to an unknown code.</source>
            <translation>Het koppelingsbestand koppelt een waarde aan een onbekende code.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="428" />
            <source>The mapping file names an unknown field.</source>
            <translation>Het koppelingsbestand noemt een onbekend veld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/mapping.py" line="434" />
            <source>The mapping file names an unknown vocabulary.</source>
            <translation>Het koppelingsbestand noemt een onbekende woordenlijst.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="704" />
            <source>The number of participants must be between 0 and 100000.</source>
            <translation>Het aantal deelnemers moet tussen 0 en 100000 liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="87" />
            <source>The number of students must be between 1 and 200000.</source>
            <translation>Het aantal studenten moet tussen 1 en 200000 liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="60" />
            <source>The passphrase is not correct.</source>
            <translation>De wachtzin is niet juist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="349" />
            <source>The primary topic must be one of the chosen topics.</source>
            <translation>Het hoofdonderwerp moet een van de gekozen onderwerpen zijn.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="143" />
            <source>The record was not found; it may have been erased.</source>
            <translation>Het gegeven is niet gevonden; het is misschien gewist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="65" />
            <source>The recovery key is not correct.</source>
            <translation>De herstelsleutel is niet juist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="172" />
            <source>The report bundle was rejected: it is damaged or its signature is invalid.</source>
            <translation>De rapportbundel is geweigerd: hij is beschadigd of de handtekening is ongeldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="373" />
            <source>The report bundle was signed by a key that is not on the trusted list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="156" />
            <source>The report could not be produced.</source>
            <translation>Het rapport kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/reports/bundle.py" line="300" />
            <location filename="../../officer_desk/reports/bundle.py" line="379" />
            <source>The report data is not a valid Officer Desk report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/reports/build.py" line="176" />
            <source>The report threshold is not allowed.</source>
            <translation>Deze rapportagedrempel is niet toegestaan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="168" />
            <source>The retention period must be between 1 and 100 years.</source>
            <translation>De bewaartermijn moet tussen 1 en 100 jaar liggen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="307" />
            <source>The spreadsheet could not be opened; it may be damaged.</source>
            <translation>Het rekenblad kon niet worden geopend; het is misschien beschadigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="340" />
            <source>The spreadsheet could not be read; it may be damaged.</source>
            <translation>Het rekenblad kon niet worden gelezen; het is misschien beschadigd.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/common.py" line="79" />
            <source>The two passphrases differ.</source>
            <translation>De twee wachtzinnen verschillen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="98" />
            <source>The vault is already open in another Officer Desk window or process.</source>
            <translation>De kluis is al geopend in een ander Officer Desk-venster of -proces.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="125" />
            <source>The vault is locked.</source>
            <translation>De kluis is vergrendeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="82" />
            <source>The vault's database is damaged. Restore the latest verified backup to continue.</source>
            <translation>De database van de kluis is beschadigd. Zet de laatste gecontroleerde back-up terug om verder te gaan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="70" />
            <source>The vault's key file is damaged. You can try the previous key file or restore a backup.</source>
            <translation>Het sleutelbestand van de kluis is beschadigd. U kunt het vorige sleutelbestand proberen of een back-up terugzetten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="76" />
            <source>The vault's key file uses settings that are too weak or unknown; it was not used.</source>
            <translation>Het sleutelbestand van de kluis gebruikt instellingen die te zwak of onbekend zijn; het is niet gebruikt.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="90" />
            <source>The vault's recent changes are missing: its change log (officer.db-wal) was removed after Officer Desk stopped unexpectedly. Put that file back, or restore the latest verified backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="162" />
            <source>These reports cannot be combined: they differ in codebook version, threshold, period or format, or a faculty or quarter appears twice.</source>
            <translation>Deze rapporten kunnen niet worden samengevoegd: ze verschillen in codeboekversie, drempel, periode of indeling, of een faculteit of kwartaal komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="301" />
            <source>This case is already closed.</source>
            <translation>Dit traject is al afgesloten.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="319" />
            <source>This case is already open.</source>
            <translation>Dit traject is al open.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="355" />
            <source>This cell holds a formula without a saved value. Open the file in your spreadsheet program, save it, and import again.</source>
            <translation>Deze cel bevat een formule zonder opgeslagen waarde. Open het bestand in uw rekenbladprogramma, sla het op en importeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="330" />
            <source>This cell holds a spreadsheet error value.</source>
            <translation>Deze cel bevat een foutwaarde van het rekenblad.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="136" />
            <source>This cell is too long.</source>
            <translation>Deze cel is te lang.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="147" />
            <source>This change is not allowed in the record's current state.</source>
            <translation>Deze wijziging is niet toegestaan in de huidige toestand van het gegeven.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="484" />
            <source>This consultation is already in the vault; skipped.</source>
            <translation>Dit gesprek staat al in de kluis; overgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="94" />
            <location filename="../../officer_desk/domain/validation.py" line="114" />
            <location filename="../../officer_desk/io/validate.py" line="154" />
            <location filename="../../officer_desk/services/desk.py" line="331" />
            <source>This date is not valid.</source>
            <translation>Deze datum is niet geldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="727" />
            <source>This draft is too large to keep.</source>
            <translation>Dit concept is te groot om te bewaren.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="32" />
            <location filename="../../officer_desk/services/desk.py" line="500" />
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="149" />
            <source>This filter does not apply to this list.</source>
            <translation>Dit filter is niet van toepassing op deze lijst.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="56" />
            <source>This folder is not an Officer Desk vault.</source>
            <translation>Deze map is geen Officer Desk-kluis.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="495" />
            <source>This follow-up is already in the vault; skipped.</source>
            <translation>Deze vervolgafspraak staat al in de kluis; overgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="619" />
            <location filename="../../officer_desk/services/desk.py" line="653" />
            <source>This follow-up is no longer open.</source>
            <translation>Deze vervolgafspraak staat niet meer open.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="68" />
            <source>This is not a valid e-mail address.</source>
            <translation>Dit is geen geldig e-mailadres.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="466" />
            <source>This note is finalised; add an addendum instead.</source>
            <translation>Deze notitie is definitief; voeg in plaats daarvan een aanvulling toe.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="114" />
            <source>This passphrase is too weak. Use at least 12 characters, for example four unrelated words.</source>
            <translation>Deze wachtzin is te zwak. Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="99" />
            <source>This reference matches more than one student; use the internal id as id:N.</source>
            <translation>Deze verwijzing past bij meer dan één student; gebruik het interne nummer als id:N.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/readers.py" line="239" />
            <source>This row could not be read (unbalanced quotes or a cell too long).</source>
            <translation>Deze rij kon niet worden gelezen (aanhalingstekens niet in paren of een te lange cel).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="284" />
            <source>This row has consultation details but no consultation date.</source>
            <translation>Deze rij heeft gespreksgegevens maar geen gespreksdatum.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/privacy.py" line="139" />
            <source>This student is on legal hold. Release the hold before erasing.</source>
            <translation>Voor deze student geldt een juridische bewaarplicht. Hef die op voordat u wist.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="438" />
            <source>This student number is not in the vault, so a name is needed.</source>
            <translation>Dit studentnummer staat niet in de kluis, dus er is een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="40" />
            <source>This text is too long (at most {limit} characters).</source>
            <translation>Deze tekst is te lang (hoogstens {limit} tekens).</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="147" />
            <source>This time is not valid.</source>
            <translation>Deze tijd is niet geldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/errors.py" line="103" />
            <source>This vault was made by a newer version of Officer Desk. Please update the app.</source>
            <translation>Deze kluis is gemaakt met een nieuwere versie van Officer Desk. Werk de app bij.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/templates.py" line="146" />
            <source>Two templates have the same name.</source>
            <translation>Twee sjablonen hebben dezelfde naam.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="84" />
            <source>Unknown export format.</source>
            <translation>Onbekende exportindeling.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="114" />
            <source>Unknown export.</source>
            <translation>Onbekende export.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/commands/vault.py" line="67" />
            <location filename="../../officer_desk/reports/build.py" line="172" />
            <source>Unknown faculty code.</source>
            <translation>Onbekende faculteitscode.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="174" />
            <source>Unknown language.</source>
            <translation>Onbekende taal.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/period.py" line="48" />
            <source>Unknown period. Use a quarter like 2026-Q3 or 2026-27-AQ1.</source>
            <translation>Onbekende periode. Gebruik een kwartaal zoals 2026-Q3 of 2026-27-AQ1.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/desk.py" line="160" />
            <source>Unknown setting.</source>
            <translation>Onbekende instelling.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/services/exporter.py" line="142" />
            <source>Unknown value for {field}.</source>
            <translation>Onbekende waarde voor {field}.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/domain/validation.py" line="75" />
            <source>Unknown value for {what}: choose one of the listed values.</source>
            <translation>Onbekende waarde voor {what}: kies een van de getoonde waarden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/io/validate.py" line="198" />
            <source>{count} value(s) are not in the codebook; map them to a code first.</source>
            <translation>{count} waarde(n) staan niet in het codeboek; koppel ze eerst aan een code.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="307" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="314" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="316" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="322" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="315" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="312" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="308" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpReminder</name>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="87" />
            <source>Follow-up due</source>
            <translation>Vervolgafspraak staat gepland</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="88" />
            <source>Follow-ups due now: {count}</source>
            <translation>Vervolgafspraken die nu aan de beurt zijn: {count}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/reminders.py" line="50" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="167" />
            <source>%n open follow-up(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="106" />
            <source>&amp;Cancel follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="105" />
            <source>&amp;Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="107" />
            <source>&amp;Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="84" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="104" />
            <source>D&amp;one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="69" />
            <source>Days with open follow-ups are shaded (red: overdue).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="126" />
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="152" />
            <source>No follow-ups here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="108" />
            <source>Open st&amp;udent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="219" />
            <source>Reschedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="81" />
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/follow_ups.py" line="86" />
            <source>Selected &amp;day only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="220" />
            <source>&amp;About Officer Desk</source>
            <translation>&amp;Over Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="224" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="231" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="215" />
            <source>&amp;Log consultation…</source>
            <translation>Gesprek &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="219" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="230" />
            <source>&amp;View</source>
            <translation>&amp;Weergave</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="527" />
            <source>&lt;h3&gt;Officer Desk {version}&lt;/h3&gt;&lt;p&gt;Confidential case tracking and anonymised reporting for student well-being officers.&lt;/p&gt;&lt;p&gt;Everything you record stays encrypted on this computer. The app makes no network connections.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Officer Desk {version}&lt;/h3&gt;&lt;p&gt;Vertrouwelijke dossiervoering en geanonimiseerde rapportage voor studentenwelzijnsmedewerkers.&lt;/p&gt;&lt;p&gt;Alles wat u vastlegt, blijft versleuteld op deze computer. De app maakt geen netwerkverbindingen.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="553" />
            <source>A consultation you are logging has not been saved. Keep it as a draft and quit? You can finish it after the next unlock.</source>
            <translation>Een gesprek dat u aan het vastleggen bent, is nog niet opgeslagen. Als concept bewaren en afsluiten? U kunt het na de volgende ontgrendeling afmaken.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="221" />
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="526" />
            <source>About Officer Desk</source>
            <translation>Over Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="235" />
            <source>Current view</source>
            <translation>Huidige weergave</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="518" />
            <source>Follow-ups due now: {count}</source>
            <translation>Vervolgafspraken die nu aan de beurt zijn: {count}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="217" />
            <source>Loc&amp;k</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="218" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>De kluis nu vergrendelen (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="400" />
            <source>Locked</source>
            <translation>Vergrendeld</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="379" />
            <source>Locked.</source>
            <translation>Vergrendeld.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="234" />
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="214" />
            <location filename="../../officer_desk/ui/main_window.py" line="455" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="552" />
            <source>Quit Officer Desk?</source>
            <translation>Officer Desk afsluiten?</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="402" />
            <source>Read-only: the database is damaged</source>
            <translation>Alleen-lezen: de database is beschadigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="216" />
            <source>Record a consultation (Ctrl+N)</source>
            <translation>Een gesprek vastleggen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="257" />
            <source>Unlock the vault to see your views</source>
            <translation>Ontgrendel de kluis om uw weergaven te zien</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="406" />
            <source>Unlocked · locks after {minutes} min idle</source>
            <translation>Ontgrendeld · vergrendelt na {minutes} min zonder activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="236" />
            <source>Vault</source>
            <translation>Kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="237" />
            <source>Vault state</source>
            <translation>Toestand van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="398" />
            <source>Vault: {path}</source>
            <translation>Kluis: {path}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/main_window.py" line="428" />
            <location filename="../../officer_desk/ui/main_window.py" line="469" />
            <source>{view} — Officer Desk</source>
            <translation>{view} — Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="41" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Herhaal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="40" />
            <source>New &amp;passphrase:</source>
            <translation>Nieuwe &amp;wachtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="25" />
            <source>New passphrase</source>
            <translation>Nieuwe wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="36" />
            <source>Passphrase feedback</source>
            <translation>Beoordeling van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="33" />
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="28" />
            <source>Repeat the new passphrase</source>
            <translation>Herhaal de nieuwe wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="42" />
            <source>Strength:</source>
            <translation>Sterkte:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="57" />
            <source>Strong enough.</source>
            <translation>Sterk genoeg.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="73" />
            <source>The two passphrases do not match.</source>
            <translation>De twee wachtzinnen komen niet overeen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="69" />
            <source>Too weak: use at least 12 characters, for example four unrelated words.</source>
            <translation>Te zwak: gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/passphrase.py" line="65" />
            <source>Use at least 12 characters, for example four unrelated words.</source>
            <translation>Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</translation>
        </message>
    </context>
    <context>
        <name>NoteHitModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="370" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="372" />
            <source>Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="371" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="369" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="495" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="494" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="497" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="496" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutreachView</name>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="116" />
            <source>%n activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="117" />
            <source>%n participants in total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="71" />
            <source>&amp;Activity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="94" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="73" />
            <source>&amp;Participants:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="67" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="90" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="74" />
            <source>D&amp;escription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="72" />
            <source>Da&amp;te:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="148" />
            <source>Delete activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="149" />
            <source>Delete the activity “{type}” of {date}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="66" />
            <source>Optional; no names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="108" />
            <source>Outreach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/outreach.py" line="52" />
            <source>Record an activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreparingPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="671" />
            <source>Demo error</source>
            <translation>Fout in de demo</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="666" />
            <source>Inventing students and consultations. This takes a few seconds.</source>
            <translation>Studenten en gesprekken worden verzonnen. Dit duurt een paar seconden.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="669" />
            <source>Preparing</source>
            <translation>Voorbereiden</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="664" />
            <source>Preparing the demo vault…</source>
            <translation>De demokluis wordt voorbereid…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="343" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="344" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="329" />
            <source>Enter the recovery key you stored when the vault was created, then choose a new passphrase. The old passphrase stops working.</source>
            <translation>Voer de herstelsleutel in die u bij het maken van de kluis hebt bewaard en kies daarna een nieuwe wachtzin. De oude wachtzin werkt dan niet meer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="348" />
            <source>Recovery &amp;key:</source>
            <translation>Herstel&amp;sleutel:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="346" />
            <source>Recovery error</source>
            <translation>Fout bij herstel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="337" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="340" />
            <source>Set passphrase and &amp;unlock</source>
            <translation>Wachtzin instellen en &amp;ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="342" />
            <source>Set passphrase and unlock</source>
            <translation>Wachtzin instellen en ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="327" />
            <source>Unlock with the recovery key</source>
            <translation>Ontgrendelen met de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="345" />
            <source>Unlocking</source>
            <translation>Ontgrendelen</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="72" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="103" />
            <source>&amp;Backup folder:</source>
            <translation>&amp;Back-upmap:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="129" />
            <source>&amp;Change passphrase</source>
            <translation>Wachtzin &amp;wijzigen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="100" />
            <source>&amp;Faculty:</source>
            <translation>&amp;Faculteit:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="101" />
            <source>&amp;Lock after:</source>
            <translation>&amp;Vergrendelen na:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="89" />
            <source>&amp;Save settings</source>
            <translation>Instellingen &amp;opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="67" />
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="80" />
            <source>Backup folder</source>
            <translation>Back-upmap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="82" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="152" />
            <source>C&amp;urrent passphrase:</source>
            <translation>&amp;Huidige wachtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="130" />
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="135" />
            <source>Changing the passphrase</source>
            <translation>Wachtzin wordt gewijzigd</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="144" />
            <source>Changing the passphrase re-protects the vault key; your records are not rewritten. The recovery key stays valid.</source>
            <translation>Bij het wijzigen van de wachtzin wordt de sleutel van de kluis opnieuw beveiligd; uw gegevens worden niet herschreven. De herstelsleutel blijft geldig.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="287" />
            <source>Changing the passphrase…</source>
            <translation>Wachtzin wordt gewijzigd…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="83" />
            <location filename="../../officer_desk/ui/views/settings.py" line="261" />
            <source>Choose the backup folder</source>
            <translation>Kies de back-upmap</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="127" />
            <source>Current passphrase</source>
            <translation>Huidige wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="66" />
            <source>Faculty</source>
            <translation>Faculteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="102" />
            <source>L&amp;anguage:</source>
            <translation>T&amp;aal:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="75" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="73" />
            <source>Lock after minutes without activity</source>
            <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="81" />
            <source>Not chosen yet</source>
            <translation>Nog niet gekozen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="141" />
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="139" />
            <source>Passphrase status</source>
            <translation>Status van de wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="96" />
            <source>Profile and preferences</source>
            <translation>Profiel en voorkeuren</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="90" />
            <source>Save settings</source>
            <translation>Instellingen opslaan</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="221" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="254" />
            <source>Settings saved.</source>
            <translation>Instellingen opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="93" />
            <source>Settings status</source>
            <translation>Status van de instellingen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="76" />
            <source>System language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="283" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>De nieuwe wachtzin is gelijk aan de huidige.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="308" />
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>De wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="110" />
            <source>The vault locks itself after this many minutes without keyboard or mouse activity, and whenever the computer's screen locks. Backups are written to the backup folder, which should be on another disk.</source>
            <translation>De kluis vergrendelt zichzelf na zoveel minuten zonder toetsenbord- of muisactiviteit, en telkens wanneer het scherm van de computer vergrendelt. Back-ups worden in de back-upmap geschreven; die hoort op een andere schijf te staan.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="99" />
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/settings.py" line="63" />
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
    </context>
    <context>
        <name>StudentDialog</name>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="301" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="303" />
            <source>&amp;Faculty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="305" />
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="299" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="302" />
            <source>&amp;Programme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="334" />
            <location filename="../../officer_desk/ui/views/students.py" line="358" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="417" />
            <source>&amp;Save anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="293" />
            <source>(not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="333" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="282" />
            <source>Edit student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="281" />
            <source>New student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="300" />
            <source>Student &amp;number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="304" />
            <source>Study p&amp;hase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="404" />
            <source>This may be a student who is already in the vault. Open the existing record (double-click), or press Save anyway to add a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="288" />
            <source>e.g. s1234567 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="290" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentListModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="111" />
            <source>Faculty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="114" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="109" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="115" />
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="110" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="113" />
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="112" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentPageView</name>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="239" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="171" />
            <source>&amp;Dossier note (the student may see this):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="88" />
            <source>&amp;Edit profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="186" />
            <source>&amp;Finalise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="89" />
            <source>&amp;Log consultation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="240" />
            <source>&amp;Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="242" />
            <source>&amp;Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="185" />
            <source>&amp;Save notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="221" />
            <source>&amp;Update referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="188" />
            <source>A finalised note can no longer be edited; later changes are addenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="189" />
            <source>Add adde&amp;ndum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="179" />
            <source>Addenda:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="241" />
            <source>C&amp;ancel follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="103" />
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="112" />
            <source>Cl&amp;ose case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="356" />
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="475" />
            <source>Closed on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="414" />
            <source>Consultation of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="473" />
            <source>Due {due}; {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="509" />
            <source>Finalise notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="510" />
            <source>Finalise the notes of this consultation? They can no longer be edited afterwards; later changes become addenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="439" />
            <source>Finalised on {when}. Changes are added as addenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="469" />
            <source>Follow-up: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="441" />
            <source>Not finalised: the notes can still be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="215" />
            <source>O&amp;utcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="111" />
            <source>Open new &amp;case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="348" />
            <source>Open new case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="173" />
            <source>Pri&amp;vate working note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="348" />
            <source>Primary concern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="459" />
            <source>Proposed on {proposed}; status last changed on {changed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="356" />
            <source>Reason for closing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="457" />
            <source>Referral to {destination}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="113" />
            <source>Reo&amp;pen case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="573" />
            <source>Reschedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="213" />
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="147" />
            <source>Select a consultation, referral or follow-up in the timeline to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="258" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="123" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="212" />
            <source>What came of it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="471" />
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/student_page.py" line="417" />
            <source>{channel}, {minutes} min, initiated by: {initiator}. Urgency: {urgency}.
Topics: {topics}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentsView</name>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="224" />
            <source>%n student(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="122" />
            <source>&amp;New student…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="113" />
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="118" />
            <source>All faculties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="120" />
            <source>All phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="143" />
            <source>Matches in notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="215" />
            <source>Matches in notes (%n)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="216" />
            <source>Matches in notes (newest 50)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="144" />
            <source>No matches in notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="121" />
            <source>Open &amp;cases only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="110" />
            <source>Search names, student numbers and notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/students.py" line="183" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="448" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="428" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="431" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="455" />
            <source>Editable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="455" />
            <source>Finalised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="451" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="459" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="429" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="450" />
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="430" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/models.py" line="465" />
            <source>{channel}, {minutes} min · {topics} · urgency {urgency}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="96" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="74" />
            <source>&amp;Log consultation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="99" />
            <source>&amp;Open student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="98" />
            <source>&amp;Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="82" />
            <source>Coming week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="80" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="97" />
            <source>Mark the selected follow-up as done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="80" />
            <source>Nothing due today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="79" />
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="83" />
            <source>Nothing planned for the coming week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="79" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="110" />
            <source>Recent consultations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="195" />
            <source>Reschedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="172" />
            <source>Select a follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="124" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../officer_desk/ui/views/today.py" line="176" />
            <source>{name}, due {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="230" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="212" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="216" />
            <source>Checking the passphrase…</source>
            <translation>Wachtzin controleren…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="206" />
            <source>Demo passphrase</source>
            <translation>Wachtzin van de demo</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="226" />
            <source>Forgot the passphrase? Use the recovery key</source>
            <translation>Wachtzin vergeten? Gebruik de herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="219" />
            <source>Open &amp;read-only</source>
            <translation>&amp;Alleen-lezen openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="228" />
            <source>Open another vault…</source>
            <translation>Een andere kluis openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="220" />
            <source>Open read-only</source>
            <translation>Alleen-lezen openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="210" />
            <location filename="../../officer_desk/ui/unlock.py" line="211" />
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="277" />
            <source>This is a demo vault with invented students. Its passphrase is:
{passphrase}</source>
            <translation>Dit is een demokluis met verzonnen studenten. De wachtzin is:
{passphrase}</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="214" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="218" />
            <source>Unlock error</source>
            <translation>Fout bij ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="195" />
            <source>Unlock your vault</source>
            <translation>Ontgrendel uw kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="215" />
            <source>Unlocking</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="222" />
            <source>Use the &amp;previous key file</source>
            <translation>&amp;Vorige sleutelbestand gebruiken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="223" />
            <source>Use the previous key file</source>
            <translation>Vorige sleutelbestand gebruiken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="199" />
            <source>Vault location</source>
            <translation>Locatie van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="274" />
            <source>Vault: {path}</source>
            <translation>Kluis: {path}</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <location filename="../../officer_desk/ui/views/common.py" line="75" />
            <source>Officer Desk</source>
            <translation>Officer Desk</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="629" />
            <source>&amp;Create a new vault</source>
            <translation>Een nieuwe kluis &amp;maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="632" />
            <source>&amp;Open an existing vault…</source>
            <translation>Een bestaande kluis &amp;openen…</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="631" />
            <source>Create a new vault</source>
            <translation>Een nieuwe kluis maken</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="633" />
            <source>Open an existing vault</source>
            <translation>Een bestaande kluis openen</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="651" />
            <source>There is no vault at {path} yet. A vault keeps your consultation records encrypted on this computer.</source>
            <translation>Er staat nog geen kluis in {path}. Een kluis bewaart uw gespreksverslagen versleuteld op deze computer.</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="628" />
            <source>Vault location</source>
            <translation>Locatie van de kluis</translation>
        </message>
        <message>
            <location filename="../../officer_desk/ui/unlock.py" line="624" />
            <source>Welcome to Officer Desk</source>
            <translation>Welkom bij Officer Desk</translation>
        </message>
    </context>
</TS>
