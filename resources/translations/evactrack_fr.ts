<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="51" />
      <source>About evactrack</source>
      <translation>À propos d'evactrack</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="54" />
      <source>on a database server (protect its connection with TLS)</source>
      <translation>sur un serveur de base de données (protégez sa connexion par TLS)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="56" />
      <source>encrypted (SQLCipher)</source>
      <translation>chiffrée (SQLCipher)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="58" />
      <source>not encrypted</source>
      <translation>non chiffrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="67" />
      <source>Case tracking for crisis evacuations. Licence: GPL-3.0-or-later.</source>
      <translation>Suivi des dossiers pour les évacuations de crise. Licence : GPL-3.0-or-later.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="69" />
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="71" />
      <source>Schema version: %1</source>
      <translation>Version du schéma : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="73" />
      <source>Storage: %1</source>
      <translation>Stockage : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="76" />
      <source>Fonts: Noto Sans and Noto Naskh Arabic, %1 (%2).</source>
      <translation>Polices : Noto Sans et Noto Naskh Arabic, %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="81" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="83" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="85" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="46" />
      <source>New account</source>
      <translation>Nouveau compte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="46" />
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="55" />
      <source>&amp;User name</source>
      <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="57" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="60" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="61" />
      <source>&amp;Again</source>
      <translation>&amp;Confirmation</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="67" />
      <source>The two passwords differ. Type the same one twice.</source>
      <translation>Les deux mots de passe diffèrent. Tapez deux fois le même.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="75" />
      <source>A password needs at least %1 characters.</source>
      <translation>Un mot de passe doit avoir au moins %1 caractères.</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="281" />
      <source>The first administrator</source>
      <translation>Le premier administrateur</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/first_run.py" line="284" />
      <source>Your account: it manages the operation's settings and the other caseworkers' accounts. Its password has at least %n character(s).</source>
      <translation>
        <numerusform>Votre compte : il gère les réglages de l'opération et les comptes des autres travailleurs sociaux. Son mot de passe a au moins %n caractère.</numerusform>
        <numerusform>Votre compte : il gère les réglages de l'opération et les comptes des autres travailleurs sociaux. Son mot de passe a au moins %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="290" />
      <source>&amp;User name:</source>
      <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="290" />
      <source>Pass&amp;word:</source>
      <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="290" />
      <source>Password a&amp;gain:</source>
      <translation>Mot de passe &amp;encore :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="296" />
      <source>Type a user name.</source>
      <translation>Tapez un nom d'utilisateur.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/first_run.py" line="300" />
      <source>The password needs at least %n character(s).</source>
      <translation>
        <numerusform>Le mot de passe doit avoir au moins %n caractère.</numerusform>
        <numerusform>Le mot de passe doit avoir au moins %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="304" />
      <source>The two passwords differ. Type the same one twice.</source>
      <translation>Les deux mots de passe diffèrent. Tapez deux fois le même.</translation>
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="59" />
      <source>%L1 free places</source>
      <translation>places libres : %L1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="77" />
      <source>Assign to a movement</source>
      <translation>Affecter à un mouvement</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="89" />
      <source>%Ln person(s) chosen.</source>
      <translation>
        <numerusform>%Ln personne choisie.</numerusform>
        <numerusform>%Ln personnes choisies.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="90" />
      <source>Movement:</source>
      <translation>Mouvement :</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="94" />
      <source>Whole households: also add the %Ln member(s) not chosen</source>
      <translation>
        <numerusform>Foyers entiers : ajouter aussi %Ln membre non choisi</numerusform>
        <numerusform>Foyers entiers : ajouter aussi les %Ln membres non choisis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="97" />
      <source>Only the chosen persons: split the households</source>
      <translation>Seulement les personnes choisies : séparer les foyers</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="106" />
      <source>Warning: this would split %Ln household(s); %1 of their members are not chosen.</source>
      <translation>
        <numerusform>Attention : cela séparerait %Ln foyer ; membres non choisis : %1.</numerusform>
        <numerusform>Attention : cela séparerait %Ln foyers ; membres non choisis : %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="120" />
      <source>Assign</source>
      <translation>Affecter</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="144" />
      <source>There is no planned or assembling movement to choose.</source>
      <translation>Aucun mouvement prévu ou en rassemblement à choisir.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="177" />
      <source>Choose the persons to assign first.</source>
      <translation>Choisissez d’abord les personnes à affecter.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="194" />
      <source>There is no planned or assembling movement. Plan one in the movements board first.</source>
      <translation>Aucun mouvement n’est prévu ni en rassemblement. Planifiez-en d’abord un dans l’onglet Mouvements.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="212" />
      <source>Persons added to the movement: %L1. These household members were left out:</source>
      <translation>Personnes ajoutées au mouvement : %L1. Ces membres du foyer n’ont pas été ajoutés :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="226" />
      <source>already on movement #%1</source>
      <translation>déjà dans le mouvement n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="231" />
      <source>cannot travel without person #%1, who is left out</source>
      <translation>ne peut pas voyager sans la personne n° %1, qui n’est pas ajoutée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="238" />
      <source>is '%1': only verified or refused persons can go</source>
      <translation>est « %1 » : seules les personnes vérifiées ou refusées peuvent partir</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="79" />
      <source>Change status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="140" />
      <source>Times are in the operation's time zone; now: %s.</source>
      <translation>Les heures sont dans le fuseau horaire de l'opération ; maintenant : %s.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="104" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="105" />
      <source>Contact log</source>
      <translation>Journal des contacts</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="106" />
      <source>Refusals</source>
      <translation>Refus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="107" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="115" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="118" />
      <source>Print case sheet…</source>
      <translation>Imprimer la fiche…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="167" />
      <source>Case status: %s</source>
      <translation>Statut du dossier : %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="302" />
      <source>Reload the case as saved now and drop your unsaved edits?</source>
      <translation>Recharger le dossier tel qu’il est enregistré et abandonner vos modifications non enregistrées ?</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="346" />
      <source>Why does the case go from '%s' to '%s'?</source>
      <translation>Pourquoi le dossier passe-t-il de « %s » à « %s » ?</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="348" />
      <source>Reason needed</source>
      <translation>Motif requis</translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../evactrack/ui/views/case_list.py" line="197" />
      <source>Search names (either script), phone digits, document number, e-mail (3 characters or more)</source>
      <translation>Rechercher noms (deux écritures), chiffres de téléphone, n° de document, e-mail (3 caractères ou plus)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_list.py" line="336" />
      <source>%1+ persons…</source>
      <translation>%1+ personnes…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/case_list.py" line="367" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln personne</numerusform>
        <numerusform>%Ln personnes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="174" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="175" />
      <source>Name (native script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="176" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="177" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="178" />
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="179" />
      <source>Rendezvous point / movement</source>
      <translation>Point de rendez-vous / mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="180" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="181" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="182" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="224" />
      <source>(deleted)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="255" />
      <source>not a valid number</source>
      <translation>numéro non valide</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="262" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="265" />
      <source>%n min ago</source>
      <translation>
        <numerusform>il y a %n min</numerusform>
        <numerusform>il y a %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="267" />
      <source>%n h ago</source>
      <translation>
        <numerusform>il y a %n h</numerusform>
        <numerusform>il y a %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="268" />
      <source>%n days ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChangedBanner</name>
    <message>
      <location filename="../../evactrack/ui/views/changed_banner.py" line="21" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/changed_banner.py" line="32" />
      <source>Changed by %1 since you opened it.</source>
      <translation>Modifié par %1 depuis que vous l’avez ouvert.</translation>
    </message>
  </context>
  <context>
    <name>CheckInView</name>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="98" />
      <source>Check-in</source>
      <translation>Pointage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="109" />
      <source>Scan a code, or type an id or a name, then Enter</source>
      <translation>Scannez un code, ou tapez un numéro ou un nom, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="110" />
      <source>Scan</source>
      <translation>Scan</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="131" />
      <source>Undo last scan</source>
      <translation>Annuler le dernier scan</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="134" />
      <source>Refused… (F8)</source>
      <translation>Refusé… (F8)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="137" />
      <source>Turned back… (F9)</source>
      <translation>Refoulé… (F9)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="142" />
      <source>Print gate sheet…</source>
      <translation>Imprimer la feuille de porte…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="144" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="198" />
      <source>Check-in: %1 at %2</source>
      <translation>Pointage : %1 à %2</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="226" />
      <location filename="../../evactrack/ui/views/checkin_view.py" line="310" />
      <source>Unknown code</source>
      <translation>Code inconnu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="240" />
      <source>Already boarded</source>
      <translation>Déjà embarqué</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="245" />
      <source>Not eligible: %1 already</source>
      <translation>Non admis : déjà %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="252" />
      <source>Not eligible: the movement is %1</source>
      <translation>Non admis : le mouvement est %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/checkin_view.py" line="272" />
      <source>%n person(s) match: type more, or scan</source>
      <translation>
        <numerusform>%n personne correspond : tapez la suite, ou scannez</numerusform>
        <numerusform>%n personnes correspondent : tapez la suite, ou scannez</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="276" />
      <source>No one of that name on this manifest</source>
      <translation>Personne de ce nom sur ce manifeste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="290" />
      <source>Boarded</source>
      <translation>Embarqué</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="294" />
      <source>Not on this manifest</source>
      <translation>Pas sur ce manifeste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="296" />
      <source>Person #%1: looking up…</source>
      <translation>Personne n° %1 : recherche…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="311" />
      <source>No person #%1 in the database.</source>
      <translation>Aucune personne n° %1 dans la base.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="315" />
      <source>Person #%1 is on %2.</source>
      <translation>La personne n° %1 est sur %2.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="321" />
      <source>Person #%1 is on no open movement.</source>
      <translation>La personne n° %1 n'est sur aucun mouvement ouvert.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="350" />
      <source>%1 already has the outcome '%2'.</source>
      <translation>%1 a déjà le résultat « %2 ».</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="383" />
      <source>Undone</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="420" />
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/checkin_view.py" line="467" />
      <source>Database busy: %n scan(s) waiting, tried again</source>
      <translation>
        <numerusform>Base occupée : %n scan en attente, nouvel essai</numerusform>
        <numerusform>Base occupée : %n scans en attente, nouvel essai</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="470" />
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="498" />
      <source>Household #%1</source>
      <translation>Foyer n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="502" />
      <source>Should carry: %1 %2</source>
      <translation>Doit avoir sur soi : %1 %2</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="508" />
      <source>No travel document on record</source>
      <translation>Aucun document de voyage enregistré</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="523" />
      <source>Still to board from this household: %1</source>
      <translation>Encore à embarquer dans ce foyer : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/checkin_view.py" line="534" />
      <source>Boarded %1 / on manifest %2 / capacity %3</source>
      <translation>Embarqués %1 / au manifeste %2 / capacité %3</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/checkin_view.py" line="569" />
      <source>%n scan(s) are still being saved; close again in a moment.</source>
      <translation>
        <numerusform>%n scan est encore en cours d'enregistrement ; fermez dans un instant.</numerusform>
        <numerusform>%n scans sont encore en cours d'enregistrement ; fermez dans un instant.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChoicePage</name>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="141" />
      <source>Welcome to evactrack</source>
      <translation>Bienvenue dans evactrack</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="144" />
      <source>There is no database on this computer yet. Start the database of a real operation, or look around first in a separate database filled with invented persons (every window and printed page of it says DEMO).</source>
      <translation>Il n'y a pas encore de base de données sur cet ordinateur. Commencez la base d'une opération réelle, ou découvrez d'abord evactrack dans une base séparée remplie de personnes inventées (chacune de ses fenêtres et de ses pages imprimées indique DEMO).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="149" />
      <source>Start a &amp;real operation</source>
      <translation>Commencer une opération &amp;réelle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="150" />
      <source>&amp;Look around with demo data</source>
      <translation>&amp;Découvrir avec des données de démonstration</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="35" />
      <source>Changed by someone else</source>
      <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="45" />
      <source>%s was saved by someone else after you opened it. Nothing has been overwritten. Choose which version to keep.</source>
      <translation>%s a été enregistré par quelqu’un d’autre après son ouverture. Rien n’a été écrasé. Choisissez la version à garder.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="53" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="53" />
      <source>Your version</source>
      <translation>Votre version</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="53" />
      <source>Saved</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="58" />
      <source>Keep the saved version</source>
      <translation>Garder la version enregistrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="61" />
      <source>Save my version over it</source>
      <translation>Enregistrer ma version par-dessus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/conflict_dialog.py" line="64" />
      <source>Keep editing</source>
      <translation>Continuer la saisie</translation>
    </message>
  </context>
  <context>
    <name>ContactLogTab</name>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="63" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="64" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="65" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="66" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="67" />
      <source>Caseworker</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="41" />
      <source>(choose the outcome)</source>
      <translation>(choisir le résultat)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="45" />
      <source>note (optional)</source>
      <translation>note (facultative)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="46" />
      <source>Log contact attempt</source>
      <translation>Noter la tentative de contact</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="98" />
      <source>Choose the outcome of the contact attempt.</source>
      <translation>Choisissez le résultat de la tentative de contact.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="121" />
      <source>Contact logged; the case went from %1 to %2.</source>
      <translation>Contact noté ; le dossier est passé de %1 à %2.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_contacts.py" line="126" />
      <source>Contact logged.</source>
      <translation>Contact noté.</translation>
    </message>
  </context>
  <context>
    <name>CountsModel</name>
    <message>
      <location filename="../../evactrack/ui/models/dashboard_models.py" line="17" />
      <source>Persons</source>
      <translation>Personnes</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="58" />
      <source>Eligible persons still in the country</source>
      <translation>Personnes éligibles encore dans le pays</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="60" />
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="186" />
      <source>Persons still in the country</source>
      <translation>Personnes encore dans le pays</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="61" />
      <source>Evacuated today</source>
      <translation>Évacués aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="62" />
      <source>Refusals today</source>
      <translation>Refus aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="63" />
      <source>Not contacted for 48 h</source>
      <translation>Non contactés depuis 48 h</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="64" />
      <source>Persons on record</source>
      <translation>Personnes enregistrées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="82" />
      <source>Counting persons…</source>
      <translation>Comptage des personnes…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="86" />
      <source>Reading the last %1 days…</source>
      <translation>Lecture des %1 derniers jours…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="104" />
      <source>Show these persons in the case list</source>
      <translation>Afficher ces personnes dans la liste des dossiers</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="178" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="179" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="182" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="190" />
      <source>Persons still in the country, last %n day(s)</source>
      <translation>
        <numerusform>Personnes encore dans le pays, %n dernier jour</numerusform>
        <numerusform>Personnes encore dans le pays, %n derniers jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="214" />
      <source>By case status</source>
      <translation>Par statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="216" />
      <source>By legal status</source>
      <translation>Par statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="274" />
      <source>Figures for %1 (operation's time zone). Households: %L2; movements under way or planned: %L3.</source>
      <translation>Chiffres du %1 (fuseau horaire de l’opération). Foyers : %L2 ; mouvements en cours ou prévus : %L3.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="35" />
      <source>Something went wrong: %1

The details are in the log file.</source>
      <translation>Une erreur s’est produite : %1

Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="59" />
      <source>Save your changes to %1?</source>
      <translation>Enregistrer vos modifications de %1 ?</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="66" />
      <source>If you don't save, your changes will be lost.</source>
      <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="103" />
      <source>An unexpected error occurred. Your data is safe: every change is saved in one transaction, and a change that was cut short was not saved.</source>
      <translation>Une erreur inattendue s'est produite. Vos données sont en sécurité : chaque modification est enregistrée en une seule transaction, et une modification interrompue n'a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="113" />
      <source>Check that your last change is there; if it is not, make it again. If this happens again, copy the report (it holds no personal data) and send it to whoever supports evactrack for you. The log is in %1.</source>
      <translation>Vérifiez que votre dernière modification est bien là ; sinon, refaites-la. Si cela se reproduit, copiez le rapport (il ne contient aucune donnée personnelle) et envoyez-le à la personne qui assure le support d'evactrack pour vous. Le journal se trouve dans %1.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/dialogs.py" line="124" />
      <source>&amp;Copy report</source>
      <translation>&amp;Copier le rapport</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesPage</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="525" />
      <source>Review possible duplicates</source>
      <translation>Vérifier les doublons possibles</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="526" />
      <location filename="../../evactrack/ui/views/import_wizard.py" line="543" />
      <source>Checking the list…</source>
      <translation>Vérification de la liste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="529" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="529" />
      <source>In the list</source>
      <translation>Dans la liste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="529" />
      <source>May be</source>
      <translation>Peut-être</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="529" />
      <source>Choice</source>
      <translation>Choix</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/import_wizard.py" line="553" />
      <source>%Ln row(s) may be persons already known. Nothing is merged unless you choose it.</source>
      <translation>
        <numerusform>%Ln ligne pourrait être une personne déjà connue. Rien n’est fusionné sans votre choix.</numerusform>
        <numerusform>%Ln lignes pourraient être des personnes déjà connues. Rien n’est fusionné sans votre choix.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="558" />
      <source>No row looks like a person already known.</source>
      <translation>Aucune ligne ne ressemble à une personne déjà connue.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="563" />
      <source>row %1: </source>
      <translation>ligne %1 : </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="578" />
      <source>The list was not checked: %1</source>
      <translation>La liste n’a pas été vérifiée : %1</translation>
    </message>
  </context>
  <context>
    <name>EditPersonCommand</name>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="58" />
      <source>edit of %s</source>
      <translation>modification de %s</translation>
    </message>
  </context>
  <context>
    <name>ExpectedPeopleModel</name>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="55" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="56" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="57" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="59" />
      <source>Time window</source>
      <translation>Créneau</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="225" />
      <source>Choose the contact list</source>
      <translation>Choisir la liste de contacts</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="226" />
      <source>CSV, tab-separated text or an Excel workbook (XLSX).</source>
      <translation>CSV, texte séparé par des tabulations ou classeur Excel (XLSX).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="228" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="230" />
      <source>Past imports…</source>
      <translation>Imports précédents…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="245" />
      <location filename="../../evactrack/ui/views/import_wizard.py" line="280" />
      <source>First sheet</source>
      <translation>Première feuille</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="254" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="255" />
      <source>Encoding</source>
      <translation>Encodage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="256" />
      <source>Delimiter</source>
      <translation>Séparateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="257" />
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="258" />
      <source>Phone region (no +code)</source>
      <translation>Région téléphonique (sans +indicatif)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="259" />
      <source>Legal status when none is given</source>
      <translation>Statut juridique quand la liste n’en donne pas</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="271" />
      <source>Contact list</source>
      <translation>Liste de contacts</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="273" />
      <source>Contact lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
      <translation>Listes de contacts (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="301" />
      <source>Sheet '%1'</source>
      <translation>Feuille « %1 »</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="307" />
      <source>Read as: %1; header on row %2, %L3 columns.</source>
      <translation>Lu comme : %1 ; en-tête à la ligne %2, colonnes : %L3.</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="41" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="49" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="50" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="51" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="52" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="53" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="54" />
      <source>Wishes to leave</source>
      <translation>Souhaite partir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="62" />
      <source>Not contacted for 48 h</source>
      <translation>Non contactés depuis 48 h</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="182" />
      <source>Dashboard: %1</source>
      <translation>Tableau de bord : %1</translation>
    </message>
  </context>
  <context>
    <name>FindPersonsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="142" />
      <source>name, phone digits, document number…</source>
      <translation>nom, chiffres du téléphone, numéro de document…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="144" />
      <source>&amp;Find:</source>
      <translation>&amp;Rechercher :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="157" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="186" />
      <source>%n person(s) found.</source>
      <translation>
        <numerusform>%n personne trouvée.</numerusform>
        <numerusform>%n personnes trouvées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="371" />
      <source>Making the demo database…</source>
      <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="383" />
      <source>Making the database…</source>
      <translation>Création de la base de données…</translation>
    </message>
  </context>
  <context>
    <name>FirstStepsPanel</name>
    <message>
      <location filename="../../evactrack/ui/views/first_steps.py" line="22" />
      <source>&lt;b&gt;No one is recorded yet.&lt;/b&gt; Begin with the people you have to evacuate: import a contact list (CSV or Excel), or add a person by hand. Add the rendezvous points where evacuees will meet their escort.</source>
      <translation>&lt;b&gt;Personne n'est encore enregistré.&lt;/b&gt; Commencez par les personnes à évacuer : importez une liste de contacts (CSV ou Excel), ou ajoutez une personne à la main. Ajoutez les points de rendez-vous où les évacués retrouveront leur escorte.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_steps.py" line="29" />
      <source>Import a contact list…</source>
      <translation>Importer une liste de contacts…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_steps.py" line="30" />
      <source>Add a person…</source>
      <translation>Ajouter une personne…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_steps.py" line="31" />
      <source>Add rendezvous points…</source>
      <translation>Ajouter des points de rendez-vous…</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/help.py" line="29" />
      <source>User guide</source>
      <translation>Guide de l'utilisateur</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="28" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="29" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="30" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="31" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="32" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_history.py" line="33" />
      <source>After</source>
      <translation>Après</translation>
    </message>
  </context>
  <context>
    <name>HistoryWords</name>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="26" />
      <source>Vulnerability: %1</source>
      <translation>Vulnérabilité : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="30" />
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="31" />
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="32" />
      <source>Name (native script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="33" />
      <source>Father's name</source>
      <translation>Nom du père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="34" />
      <source>Grandfather's name</source>
      <translation>Nom du grand-père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="35" />
      <source>Other spellings</source>
      <translation>Autres graphies</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="36" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="37" />
      <source>Year of birth</source>
      <translation>Année de naissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="38" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="39" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="40" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="41" />
      <source>Phones</source>
      <translation>Téléphones</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="42" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="43" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="44" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="45" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="46" />
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="47" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="48" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="49" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="50" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="51" />
      <source>Wishes to leave</source>
      <translation>Souhaite partir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="52" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="53" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="54" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="55" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="56" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="57" />
      <source>Refusal</source>
      <translation>Refus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="58" />
      <source>Contact attempt</source>
      <translation>Tentative de contact</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="59" />
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="60" />
      <source>Travels only with</source>
      <translation>Voyage seulement avec</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="68" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="68" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="76" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="85" />
      <source>Household #%1</source>
      <translation>Foyer n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="86" />
      <source>Rendezvous point #%1</source>
      <translation>Point de rendez-vous n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="87" />
      <source>Person #%1</source>
      <translation>Personne n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/history_words.py" line="95" />
      <source>%1 on %2</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>HouseholdPanel</name>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="36" />
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="45" />
      <source>This person cannot travel without</source>
      <translation>Cette personne ne peut pas voyager sans</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="48" />
      <source>Make this person the &amp;principal</source>
      <translation>Faire de cette personne le &amp;référent</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="50" />
      <source>&amp;Remove this person from the household</source>
      <translation>&amp;Retirer cette personne du foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="52" />
      <source>A&amp;dd persons to the household…</source>
      <translation>A&amp;jouter des personnes au foyer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="88" />
      <source>(not in a household)</source>
      <translation>(pas dans un foyer)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="90" />
      <source>(no household name)</source>
      <translation>(foyer sans nom)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="98" />
      <source>principal</source>
      <translation>référent</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="99" />
      <source>eligible</source>
      <translation>éligible</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="99" />
      <source>not eligible</source>
      <translation>non éligible</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="102" />
      <source>cannot travel without %1</source>
      <translation>ne peut pas voyager sans %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="110" />
      <source>Cannot travel without %1</source>
      <translation>Ne peut pas voyager sans %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="149" />
      <source>Remove %1 from the household? Their travel dependencies in it are lifted.</source>
      <translation>Retirer %1 du foyer ? Ses dépendances de voyage dans ce foyer sont levées.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="154" />
      <source>This person is the principal: the household will have none until you choose one.</source>
      <translation>Cette personne est le référent : le foyer n’en aura plus tant que vous n’en aurez pas choisi un autre.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="156" />
      <source>Remove from household</source>
      <translation>Retirer du foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="168" />
      <location filename="../../evactrack/ui/views/case_household.py" line="197" />
      <source>Add persons to the household</source>
      <translation>Ajouter des personnes au foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_household.py" line="181" />
      <source>%1 is already in this household; nothing was changed.</source>
      <translation>%1 fait déjà partie de ce foyer ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/case_household.py" line="191" />
      <source>%n person(s) will leave the household they are in now: %1. Add them anyway?</source>
      <translation>
        <numerusform>%n personne quittera le foyer dont elle fait partie : %1. L’ajouter quand même ?</numerusform>
        <numerusform>%n personnes quitteront le foyer dont elles font partie : %1. Les ajouter quand même ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="706" />
      <source>Past imports</source>
      <translation>Imports précédents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="707" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="707" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="707" />
      <source>When (UTC)</source>
      <translation>Quand (UTC)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="707" />
      <source>Created</source>
      <translation>Créées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="708" />
      <source>Merged</source>
      <translation>Fusionnées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="708" />
      <source>Skipped</source>
      <translation>Ignorées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="708" />
      <source>Rejected</source>
      <translation>Rejetées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="709" />
      <source>Undone</source>
      <translation>Annulé le</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="715" />
      <source>Undo this import</source>
      <translation>Annuler cet import</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="742" />
      <source>Choose the import to undo.</source>
      <translation>Choisissez l’import à annuler.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="746" />
      <source>Import #%1 was already undone.</source>
      <translation>L’import n° %1 a déjà été annulé.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="750" />
      <source>Undo import #%1 (%2)? The %L3 persons it created are deleted and its %L4 merges are reverted.</source>
      <translation>Annuler l’import n° %1 (%2) ? Les personnes qu’il a créées (%L3) sont supprimées et ses fusions (%L4) sont défaites.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="46" />
      <source>Detect</source>
      <translation>Détecter</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="48" />
      <source>— not imported —</source>
      <translation>— non importée —</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="49" />
      <source>— not recognised (reported) —</source>
      <translation>— non reconnu (signalé) —</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="51" />
      <source>Skip this row</source>
      <translation>Ignorer cette ligne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="52" />
      <source>Merge into the known person</source>
      <translation>Fusionner avec la personne connue</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="53" />
      <source>Keep both (new person)</source>
      <translation>Garder les deux (nouvelle personne)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="57" />
      <source>comma</source>
      <translation>virgule</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="58" />
      <source>semicolon</source>
      <translation>point-virgule</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="59" />
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="60" />
      <source>pipe</source>
      <translation>barre verticale</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="86" />
      <source>Import a contact list</source>
      <translation>Importer une liste de contacts</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="123" />
      <source>Checking the list…</source>
      <translation>Vérification de la liste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="153" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="184" />
      <source>Undo import #%1? The %L2 persons it created are deleted and the %L3 merges are reverted.</source>
      <translation>Annuler l’import n° %1 ? Les personnes qu’il a créées (%L2) sont supprimées et les fusions (%L3) sont défaites.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="210" />
      <source>Import #%1 undone: %L2 persons deleted, %L3 merged persons restored.</source>
      <translation>Import n° %1 annulé : personnes supprimées : %L2 ; personnes fusionnées rétablies : %L3.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Create</source>
      <translation>Création</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Suppression</translation>
    </message>
    <message>
      <source>Transition</source>
      <translation>Changement de statut</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Fusion</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>Contacté</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <source>Assigned to a movement</source>
      <translation>Affecté à un mouvement</translation>
    </message>
    <message>
      <source>In transit (escorted)</source>
      <translation>En transit (escorté)</translation>
    </message>
    <message>
      <source>At the airport</source>
      <translation>À l’aéroport</translation>
    </message>
    <message>
      <source>Evacuated</source>
      <translation>Évacué</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>No contact</source>
      <translation>Sans contact</translation>
    </message>
    <message>
      <source>Declined (stays)</source>
      <translation>Renonce (reste)</translation>
    </message>
    <message>
      <source>Self-evacuated</source>
      <translation>Parti par ses propres moyens</translation>
    </message>
    <message>
      <source>Deferred</source>
      <translation>Reporté</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Joint</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Pas de réponse</translation>
    </message>
    <message>
      <source>Wrong number</source>
      <translation>Mauvais numéro</translation>
    </message>
    <message>
      <source>Message left</source>
      <translation>Message laissé</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <source>Tazkira</source>
      <translation>Tazkira</translation>
    </message>
    <message>
      <source>Green card</source>
      <translation>Carte verte</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>A-number</source>
      <translation>Numéro A</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Citizen</source>
      <translation>Citoyen</translation>
    </message>
    <message>
      <source>Permanent resident (green card)</source>
      <translation>Résident permanent (carte verte)</translation>
    </message>
    <message>
      <source>Visa applicant (e.g. SIV)</source>
      <translation>Demandeur de visa (p. ex. SIV)</translation>
    </message>
    <message>
      <source>Visa holder</source>
      <translation>Titulaire d’un visa</translation>
    </message>
    <message>
      <source>Third-country national</source>
      <translation>Ressortissant d’un pays tiers</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>Membre de la famille</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Boarded</source>
      <translation>Embarqué</translation>
    </message>
    <message>
      <source>No show</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Turned back</source>
      <translation>Refoulé</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>Assembling</source>
      <translation>En rassemblement</translation>
    </message>
    <message>
      <source>En route</source>
      <translation>En route</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>Arrivé</translation>
    </message>
    <message>
      <source>Aborted</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Domicile</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Travail</translation>
    </message>
    <message>
      <source>Document not accepted</source>
      <translation>Document non accepté</translation>
    </message>
    <message>
      <source>Not on list</source>
      <translation>Absent de la liste</translation>
    </message>
    <message>
      <source>Family member not eligible</source>
      <translation>Membre de la famille non éligible</translation>
    </message>
    <message>
      <source>Security incident</source>
      <translation>Incident de sécurité</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <source>Caseworker</source>
      <translation>Agent</translation>
    </message>
    <message>
      <source>Viewer</source>
      <translation>Lecteur</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Médical</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Handicap</translation>
    </message>
    <message>
      <source>Unaccompanied child</source>
      <translation>Enfant non accompagné</translation>
    </message>
    <message>
      <source>Elderly</source>
      <translation>Personne âgée</translation>
    </message>
    <message>
      <source>Pregnant</source>
      <translation>Enceinte</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Middle name</source>
      <translation>Deuxième prénom</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Nom du père</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Numéro de passeport</translation>
    </message>
    <message>
      <source>Tazkira number</source>
      <translation>Numéro de tazkira</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Household (for duplicate checks, kept in notes)</source>
      <translation>Foyer (pour repérer les doublons, gardé dans les notes)</translation>
    </message>
    <message>
      <source>it has no digits</source>
      <translation>il ne contient aucun chiffre</translation>
    </message>
    <message>
      <source>it contains letters</source>
      <translation>il contient des lettres</translation>
    </message>
    <message>
      <source>it has too few digits</source>
      <translation>il a trop peu de chiffres</translation>
    </message>
    <message>
      <source>it has too many digits</source>
      <translation>il a trop de chiffres</translation>
    </message>
    <message>
      <source>no country has its calling code</source>
      <translation>aucun pays n'a cet indicatif</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportation</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Impression</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restauration</translation>
    </message>
    <message>
      <source>Dispose</source>
      <translation>Élimination</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Login failed</source>
      <translation>Connexion refusée</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Verrouillage</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouillage</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
  </context>
  <context>
    <name>LiveUpdates</name>
    <message>
      <location filename="../../evactrack/ui/live.py" line="122" />
      <source>Connection to the server lost; your work is kept; reconnecting…</source>
      <translation>Connexion au serveur perdue ; votre travail est conservé ; reconnexion…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/live.py" line="127" />
      <source>Connection to the server is back.</source>
      <translation>La connexion au serveur est rétablie.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="31" />
      <source>First administrator</source>
      <translation>Premier administrateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="31" />
      <source>Log in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="46" />
      <source>Nobody can log in to this database yet. Choose the name and password of its first administrator (at least %1 characters).</source>
      <translation>Personne ne peut encore se connecter à cette base de données. Choisissez le nom et le mot de passe de son premier administrateur (au moins %1 caractères).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="54" />
      <source>&amp;User name</source>
      <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="55" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="57" />
      <source>&amp;Again</source>
      <translation>&amp;Confirmation</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="67" />
      <source>Type your user name and password.</source>
      <translation>Tapez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/login_dialog.py" line="69" />
      <source>The two passwords differ. Type the same one twice.</source>
      <translation>Les deux mots de passe diffèrent. Tapez deux fois le même.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="106" />
      <source>Movements</source>
      <translation>Mouvements</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="107" />
      <source>Rendezvous points</source>
      <translation>Points de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="108" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="126" />
      <source>Password for %1:</source>
      <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="193" />
      <source>&amp;New person…</source>
      <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="195" />
      <source>&amp;Open database…</source>
      <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="197" />
      <source>Open a database &amp;server…</source>
      <translation>Ouvrir un &amp;serveur de base…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="200" />
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="206" />
      <source>&amp;Print daily report…</source>
      <translation>Im&amp;primer le rapport du jour…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="211" />
      <source>&amp;Back up database…</source>
      <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="212" />
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="213" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="214" />
      <location filename="../../evactrack/ui/main_window.py" line="220" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="216" />
      <location filename="../../evactrack/ui/main_window.py" line="221" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="222" />
      <source>&amp;Find</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="224" />
      <source>Chec&amp;k-in at the meeting point…</source>
      <translation>&amp;Pointage au point de rendez-vous…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="227" />
      <source>&amp;Refresh</source>
      <translation>Actualis&amp;er</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="230" />
      <source>&amp;Open case</source>
      <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="234" />
      <source>&amp;Assign to movement…</source>
      <translation>&amp;Affecter à un mouvement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="240" />
      <source>Change &amp;status…</source>
      <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="243" />
      <source>&amp;Log a contact…</source>
      <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="246" />
      <source>Make a &amp;household…</source>
      <translation>Former un &amp;foyer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="249" />
      <source>&amp;Export selection…</source>
      <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="252" />
      <source>&amp;Messages to evacuees…</source>
      <translation>&amp;Messages aux évacués…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="263" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="265" />
      <source>User &amp;guide</source>
      <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="266" />
      <source>&amp;About evactrack</source>
      <translation>À &amp;propos d'evactrack</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="268" />
      <source>&amp;Operation settings…</source>
      <translation>Paramètres de l’&amp;opération…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="271" />
      <source>Message &amp;templates…</source>
      <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="273" />
      <source>Emergency &amp;wipe…</source>
      <translation>Effacement d’&amp;urgence…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="275" />
      <source>Verify the &amp;audit trail…</source>
      <translation>Vérifier le &amp;journal d'audit…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="277" />
      <source>&amp;Users…</source>
      <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="278" />
      <source>&amp;Lock</source>
      <translation>&amp;Verrouiller</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="299" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="313" />
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="315" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="321" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="324" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="332" />
      <source>&amp;Cases</source>
      <translation>&amp;Dossiers</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="815" />
      <source>The audit trail is intact: %n event(s) verified.</source>
      <translation>
        <numerusform>Le journal d'audit est intact : %n événement vérifié.</numerusform>
        <numerusform>Le journal d'audit est intact : %n événements vérifiés.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="822" />
      <source>The audit trail was changed outside evactrack: event #%1 does not verify (the %L2 events before it do).</source>
      <translation>Le journal d'audit a été modifié hors d'evactrack : l'événement n° %1 n'est pas vérifié (les %L2 événements précédents le sont).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="834" />
      <source>The newest events of the audit trail were deleted outside evactrack (the %L1 events left verify).</source>
      <translation>Les derniers événements du journal d'audit ont été supprimés hors d'evactrack (les %L1 événements restants sont vérifiés).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="844" />
      <source>Verifying the audit trail…</source>
      <translation>Vérification du journal d'audit…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="894" />
      <source>The database was backed up: %n person(s) in %1 (%2).

This file holds every record, encrypted: it opens only with its passphrase.</source>
      <translation>
        <numerusform>La base de données a été sauvegardée : %n personne dans %1 (%2).

Ce fichier contient tous les dossiers, chiffrés : il ne s’ouvre qu’avec sa phrase secrète.</numerusform>
        <numerusform>La base de données a été sauvegardée : %n personnes dans %1 (%2).

Ce fichier contient tous les dossiers, chiffrés : il ne s’ouvre qu’avec sa phrase secrète.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="924" />
      <source>The database file could be read by other accounts on this computer. It is now readable by you only.</source>
      <translation>Le fichier de la base de données pouvait être lu par d’autres comptes de cet ordinateur. Désormais, vous seul pouvez le lire.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="933" />
      <source>The database %1 cannot be written (its file or its folder is read-only), so it is open for reading only: you can search and print, but not change anything. Copy it to a folder you can write to.</source>
      <translation>La base de données %1 ne peut pas être modifiée (son fichier ou son dossier est en lecture seule) : elle est ouverte en lecture seule. Vous pouvez chercher et imprimer, mais rien changer. Copiez-la dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="944" />
      <source>WIPE</source>
      <translation>EFFACER</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="949" />
      <source>This destroys the database, its backups, the exports and reports in evactrack's folder, and the logs on this computer. Nothing can be recovered.

Type %1 to confirm:</source>
      <translation>Cette action détruit la base de données, ses sauvegardes, les exports et rapports du dossier d’evactrack et les journaux de cet ordinateur. Rien ne pourra être récupéré.

Tapez %1 pour confirmer :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="955" />
      <source>Emergency wipe</source>
      <translation>Effacement d’urgence</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="960" />
      <source>The word was not typed as asked: nothing was wiped.</source>
      <translation>Le mot n’a pas été tapé comme demandé : rien n’a été effacé.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="977" />
      <source>Wiped: %n file(s) destroyed. evactrack closes now.</source>
      <translation>
        <numerusform>Effacé : %n fichier détruit. evactrack va se fermer.</numerusform>
        <numerusform>Effacé : %n fichiers détruits. evactrack va se fermer.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="980" />
      <source>The records on the database server were not touched: ask its administrator to drop them.</source>
      <translation>Les données du serveur de base de données n’ont pas été touchées : demandez à son administrateur de les supprimer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="1159" />
      <source>The backup was restored: %n person(s).</source>
      <translation>
        <numerusform>La sauvegarde a été restaurée : %n personne.</numerusform>
        <numerusform>La sauvegarde a été restaurée : %n personnes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1161" />
      <source>The database it replaced was kept as %1.</source>
      <translation>La base de données remplacée a été conservée sous %1.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="257" />
      <location filename="../../evactrack/ui/main_window.py" line="365" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="336" />
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="340" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="639" />
      <source>No status change is allowed for all %n selected person(s).</source>
      <translation>
        <numerusform>Aucun changement de statut n’est permis pour la personne sélectionnée.</numerusform>
        <numerusform>Aucun changement de statut n’est permis pour les %n personnes sélectionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="643" />
      <source>Change status of %n person(s)</source>
      <translation>
        <numerusform>Changer le statut de %n personne</numerusform>
        <numerusform>Changer le statut de %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="644" />
      <source>New status</source>
      <translation>Nouveau statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="645" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="653" />
      <source>This change needs a reason; nothing was changed.</source>
      <translation>Ce changement demande un motif ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="672" />
      <source>Status changed to '%1' for %n person(s).</source>
      <translation>
        <numerusform>Statut « %1 » appliqué à %n personne.</numerusform>
        <numerusform>Statut « %1 » appliqué à %n personnes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="678" />
      <source>Changing the status of %n person(s)…</source>
      <translation>
        <numerusform>Changement du statut de %n personne…</numerusform>
        <numerusform>Changement du statut de %n personnes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="686" />
      <source>Log a contact attempt for %n person(s)</source>
      <translation>
        <numerusform>Noter une tentative de contact pour %n personne</numerusform>
        <numerusform>Noter une tentative de contact pour %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="688" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="689" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="691" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="719" />
      <source>Stopped: contact attempts were logged for %1 of %2 persons.</source>
      <translation>Arrêté : tentatives de contact notées pour %1 personnes sur %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="726" />
      <source>Contact attempt logged for %n person(s).</source>
      <translation>
        <numerusform>Tentative de contact notée pour %n personne.</numerusform>
        <numerusform>Tentative de contact notée pour %n personnes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="732" />
      <source>Logging contact attempts…</source>
      <translation>Enregistrement des tentatives de contact…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="765" />
      <source>Household made with %n person(s).</source>
      <translation>
        <numerusform>Foyer formé avec %n personne.</numerusform>
        <numerusform>Foyer formé avec %n personnes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="774" />
      <source>Export selection</source>
      <translation>Exporter la sélection</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="774" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="789" />
      <source>Exported %n person(s) to %1.</source>
      <translation>
        <numerusform>%n personne exportée vers %1.</numerusform>
        <numerusform>%n personnes exportées vers %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="793" />
      <source>Exporting…</source>
      <translation>Export en cours…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="855" />
      <source>SQLite databases (*.sqlite3)</source>
      <translation>Bases de données SQLite (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="857" />
      <source>PostgreSQL dumps (*.dump)</source>
      <translation>Sauvegardes PostgreSQL (*.dump)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="861" />
      <source>Back up database</source>
      <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="863" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="902" />
      <source>The database was backed up: %n person(s) in %1 (%2).

This file holds every record and is not encrypted: keep it as safe as the database itself.</source>
      <translation>
        <numerusform>La base de données a été sauvegardée : %n personne dans %1 (%2).

Ce fichier contient tous les dossiers et n’est pas chiffré : gardez-le aussi précieusement que la base de données elle-même.</numerusform>
        <numerusform>La base de données a été sauvegardée : %n personnes dans %1 (%2).

Ce fichier contient tous les dossiers et n’est pas chiffré : gardez-le aussi précieusement que la base de données elle-même.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="913" />
      <source>Backing up the database…</source>
      <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1019" />
      <source>Choose a movement on the board, then check in.</source>
      <translation>Choisissez un mouvement au tableau, puis faites le pointage.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1097" />
      <source>Open database</source>
      <translation>Ouvrir une base</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1099" />
      <source>evactrack databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>Bases evactrack (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1108" />
      <source>Database address (postgresql://user@host/database):</source>
      <translation>Adresse de la base (postgresql://utilisateur@hôte/base) :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="1109" />
      <source>Open a database server</source>
      <translation>Ouvrir un serveur de base</translation>
    </message>
  </context>
  <context>
    <name>MakeHouseholdDialog</name>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="54" />
      <source>Make a household of %n person(s)</source>
      <translation>
        <numerusform>Former un foyer de %n personne</numerusform>
        <numerusform>Former un foyer de %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="64" />
      <source>optional, e.g. the family name</source>
      <translation>facultatif, p. ex. le nom de famille</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="73" />
      <source>%n of these person(s) will leave the household they are in now: %1.</source>
      <translation>
        <numerusform>%n de ces personnes quittera le foyer dont elle fait partie : %1.</numerusform>
        <numerusform>%n de ces personnes quitteront le foyer dont elles font partie : %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="82" />
      <source>&amp;Principal:</source>
      <translation>&amp;Principal :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="84" />
      <source>Household &amp;name:</source>
      <translation>&amp;Nom du foyer :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="90" />
      <source>&amp;Make household</source>
      <translation>&amp;Former le foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="96" />
      <source>Persons in the new household:</source>
      <translation>Personnes du nouveau foyer :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="115" />
      <source>the new household</source>
      <translation>le nouveau foyer</translation>
    </message>
  </context>
  <context>
    <name>ManifestTableModel</name>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="140" />
      <source>pending</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="142" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="143" />
      <source>Native name</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="144" />
      <source>Born</source>
      <translation>Naissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="145" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="146" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="147" />
      <source>Household</source>
      <translation>Foyer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="149" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="154" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
  </context>
  <context>
    <name>ManifestTexts</name>
    <message numerus="yes">
      <location filename="../../evactrack/ui/undo.py" line="197" />
      <source>assignment of %n person(s) to a movement</source>
      <translation>
        <numerusform>affectation de %n personne à un mouvement</numerusform>
        <numerusform>affectation de %n personnes à un mouvement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/undo.py" line="200" />
      <source>outcome '%1' of %n person(s)</source>
      <translation>
        <numerusform>résultat « %1 » de %n personne</numerusform>
        <numerusform>résultat « %1 » de %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="204" />
      <source>The change to the manifest cannot be undone; it has been removed from the undo history.</source>
      <translation>La modification du manifeste ne peut pas être annulée ; elle a été retirée de l’historique des annulations.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="210" />
      <source>The change to the manifest cannot be made again; it has been removed from the undo history.</source>
      <translation>La modification du manifeste ne peut pas être rétablie ; elle a été retirée de l’historique des annulations.</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="326" />
      <source>Check the columns</source>
      <translation>Vérifier les colonnes</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="329" />
      <source>Each column of the list goes to a field of the case, or is not imported. The first rows are shown below.</source>
      <translation>Chaque colonne de la liste va dans un champ du dossier, ou n’est pas importée. Les premières lignes sont affichées ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="335" />
      <source>Save mapping…</source>
      <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="336" />
      <source>Load mapping…</source>
      <translation>Charger une correspondance…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="347" />
      <source>Legal status in the list</source>
      <translation>Statut juridique dans la liste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="347" />
      <source>Means</source>
      <translation>Signifie</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="370" />
      <source>Goes to</source>
      <translation>Va dans</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="422" />
      <source>Reading the legal statuses…</source>
      <translation>Lecture des statuts juridiques…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/import_wizard.py" line="444" />
      <source>%n legal status value(s) of the list are not recognised. Choose what each means; those left unrecognised are imported as unknown and reported.</source>
      <translation>
        <numerusform>%n valeur de statut juridique de la liste n'est pas reconnue. Choisissez ce qu'elle signifie ; laissée non reconnue, elle est importée comme inconnue et signalée.</numerusform>
        <numerusform>%n valeurs de statut juridique de la liste ne sont pas reconnues. Choisissez ce que chacune signifie ; celles laissées non reconnues sont importées comme inconnues et signalées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="488" />
      <source>These columns of the mapping are not in this file: %1</source>
      <translation>Ces colonnes de la correspondance ne sont pas dans ce fichier : %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="495" />
      <source>Save mapping</source>
      <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="495" />
      <location filename="../../evactrack/ui/views/import_wizard.py" line="502" />
      <source>Mapping (*.json)</source>
      <translation>Correspondance (*.json)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="502" />
      <source>Load mapping</source>
      <translation>Charger une correspondance</translation>
    </message>
  </context>
  <context>
    <name>MessagesDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="102" />
      <source>Messages for movement #%1</source>
      <translation>Messages du mouvement n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="104" />
      <source>Messages for the chosen persons</source>
      <translation>Messages des personnes choisies</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="115" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="115" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="115" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="128" />
      <source>&amp;Copy message</source>
      <translation>&amp;Copier le message</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="129" />
      <source>&amp;Export CSV…</source>
      <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="130" />
      <source>&amp;Mark as sent…</source>
      <translation>&amp;Marquer comme envoyé…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="140" />
      <source>&amp;Language when the record names none:</source>
      <translation>&amp;Langue si la fiche n'en indique aucune :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="141" />
      <source>Sent &amp;by:</source>
      <translation>Envoyé &amp;par :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="173" />
      <source>no phone</source>
      <translation>pas de téléphone</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="186" />
      <source>No one to write to: no person is waiting for this movement.</source>
      <translation>Personne à qui écrire : aucune personne n'attend ce mouvement.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="190" />
      <source>%n person(s) have no valid phone: they are not exported or marked as sent.</source>
      <translation>
        <numerusform>%n personne n'a pas de téléphone valide : elle n'est ni exportée ni marquée comme contactée.</numerusform>
        <numerusform>%n personnes n'ont pas de téléphone valide : elles ne sont ni exportées ni marquées comme contactées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="198" />
      <source>%n chosen person(s) are on no open movement and get no message.</source>
      <translation>
        <numerusform>%n personne choisie n'est sur aucun mouvement ouvert et ne reçoit pas de message.</numerusform>
        <numerusform>%n personnes choisies ne sont sur aucun mouvement ouvert et ne reçoivent pas de message.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="205" />
      <source>Every message leaves these empty: %1.</source>
      <translation>Chaque message laisse vides : %1.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="233" />
      <source>No message has a phone to be sent to.</source>
      <translation>Aucun message n'a de téléphone où l'envoyer.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="237" />
      <source>Export messages</source>
      <translation>Exporter les messages</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="237" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="247" />
      <source>Exported %n message(s) to %1.</source>
      <translation>
        <numerusform>%n message exporté dans %1.</numerusform>
        <numerusform>%n messages exportés dans %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="255" />
      <source>Choose messages with a phone.</source>
      <translation>Choisissez des messages avec un téléphone.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="259" />
      <source>Record that the message was sent by %1 to %n person(s)?</source>
      <translation>
        <numerusform>Enregistrer que le message a été envoyé par %1 à %n personne ?</numerusform>
        <numerusform>Enregistrer que le message a été envoyé par %1 à %n personnes ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="269" />
      <source>%n contact attempt(s) recorded.</source>
      <translation>
        <numerusform>%n tentative de contact enregistrée.</numerusform>
        <numerusform>%n tentatives de contact enregistrées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MovementForm</name>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="89" />
      <source>Edit %s</source>
      <translation>Modifier %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="91" />
      <source>Plan a movement</source>
      <translation>Planifier un mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="94" />
      <source>optional, e.g. Abbey gate run 3</source>
      <translation>facultatif, p. ex. Abbey gate, rotation 3</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="119" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="120" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="121" />
      <source>Window starts</source>
      <translation>Début du créneau</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="122" />
      <source>Window ends</source>
      <translation>Fin du créneau</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="123" />
      <source>Capacity (persons)</source>
      <translation>Capacité (personnes)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="124" />
      <source>Escort party</source>
      <translation>Escorte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="125" />
      <source>Escort contact</source>
      <translation>Contact de l’escorte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="126" />
      <source>Recognition signal</source>
      <translation>Signe de reconnaissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="127" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="191" />
      <source>Choose a rendezvous point; if there is none, create one (or reactivate it) in the rendezvous points view first.</source>
      <translation>Choisissez un point de rendez-vous ; s’il n’y en a aucun, créez-en un (ou réactivez-le) d’abord dans l’onglet Points de rendez-vous.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="155" />
      <source>this movement</source>
      <translation>ce mouvement</translation>
    </message>
  </context>
  <context>
    <name>MovementTableModel</name>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="92" />
      <source>Movement #%1</source>
      <translation>Mouvement n° %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="110" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="111" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="113" />
      <source>Time window</source>
      <translation>Créneau</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="116" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="118" />
      <source>On manifest</source>
      <translation>Au manifeste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="121" />
      <source>Free places</source>
      <translation>Places libres</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="122" />
      <source>Boarded</source>
      <translation>Embarqués</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="123" />
      <source>Refused</source>
      <translation>Refusés</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="124" />
      <source>No show</source>
      <translation>Absents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/movement_models.py" line="125" />
      <source>Escort party</source>
      <translation>Escorte</translation>
    </message>
  </context>
  <context>
    <name>MovementsBoard</name>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="70" />
      <source>Start assembling</source>
      <translation>Commencer le rassemblement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="71" />
      <source>Back to planned</source>
      <translation>Revenir à « Prévu »</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="72" />
      <source>Depart (en route)</source>
      <translation>Départ (en route)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="73" />
      <source>Arrived</source>
      <translation>Arrivé</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="74" />
      <source>Abort…</source>
      <translation>Annuler le mouvement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="77" />
      <source>Boarded</source>
      <translation>Embarqué</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="78" />
      <source>No show</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="79" />
      <source>Refused…</source>
      <translation>Refusé…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="80" />
      <source>Turned back…</source>
      <translation>Refoulé…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="154" />
      <source>Show arrived and aborted</source>
      <translation>Afficher les arrivés et les annulés</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="156" />
      <source>Plan movement…</source>
      <translation>Planifier un mouvement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="157" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="171" />
      <source>Print manifest…</source>
      <translation>Imprimer le manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="173" />
      <source>Check-in…</source>
      <translation>Pointage…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="174" />
      <source>Board persons by scanning their codes (Ctrl+K)</source>
      <translation>Embarquer les personnes en scannant leur code (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="176" />
      <source>Messages…</source>
      <translation>Messages…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="190" />
      <source>Add persons…</source>
      <translation>Ajouter des personnes…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="199" />
      <source>Remove from manifest…</source>
      <translation>Retirer du manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="201" />
      <source>Evacuated (flight left)</source>
      <translation>Évacués (vol parti)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="207" />
      <source>Drop persons from the case list here to add them.</source>
      <translation>Déposez ici des personnes de la liste des dossiers pour les ajouter.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="391" />
      <source>Choose a movement to see its manifest.</source>
      <translation>Choisissez un mouvement pour voir son manifeste.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="394" />
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="399" />
      <source>%1 from %2, %3 — %4. Escort: %5; recognition signal: %6.</source>
      <translation>%1 depuis %2, %3 — %4. Escorte : %5 ; signe de reconnaissance : %6.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="409" />
      <source>Head count: %L1 of %L2 places on the manifest; boarded: %L3, no show: %L4, refused: %L5, turned back: %L6, pending: %L7.</source>
      <translation>Effectif : %L1 sur %L2 places au manifeste ; embarqués : %L3, absents : %L4, refusés : %L5, refoulés : %L6, en attente : %L7.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/movements_view.py" line="473" />
      <source>Why is %1 aborted? Its %n person(s) go back to '%2' (those refused stay in the follow-up queue).</source>
      <translation>
        <numerusform>Pourquoi %1 est-il annulé ? %n personne inscrite revient à « %2 » (les personnes refusées restent dans la file de suivi).</numerusform>
        <numerusform>Pourquoi %1 est-il annulé ? Ses %n personnes reviennent à « %2 » (les personnes refusées restent dans la file de suivi).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="481" />
      <source>Abort movement</source>
      <translation>Annuler le mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="510" />
      <source>Marking outcomes…</source>
      <translation>Enregistrement des résultats…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/movements_view.py" line="521" />
      <source>Why are %n person(s) taken off %1? They go back to '%2'.</source>
      <translation>
        <numerusform>Pourquoi retirer %n personne de %1 ? Elle revient à « %2 ».</numerusform>
        <numerusform>Pourquoi retirer %n personnes de %1 ? Elles reviennent à « %2 ».</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="525" />
      <source>Remove from manifest</source>
      <translation>Retirer du manifeste</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="534" />
      <source>Taking persons off the manifest…</source>
      <translation>Retrait des personnes du manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="545" />
      <source>None of the chosen persons is at the airport.</source>
      <translation>Aucune des personnes choisies n’est à l’aéroport.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/movements_view.py" line="550" />
      <source>Mark %n person(s) of %1 as evacuated (their flight left)?</source>
      <translation>
        <numerusform>Marquer %n personne de %1 comme évacuée (son vol est parti) ?</numerusform>
        <numerusform>Marquer %n personnes de %1 comme évacuées (leur vol est parti) ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="489" />
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="517" />
      <source>the new person</source>
      <translation>la nouvelle personne</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <location filename="../../evactrack/ui/tasks.py" line="109" />
      <location filename="../../evactrack/ui/tasks.py" line="361" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/tasks.py" line="188" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/tasks.py" line="246" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
  </context>
  <context>
    <name>OperationPage</name>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="172" />
      <source>The operation</source>
      <translation>L'opération</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="175" />
      <source>Its name is printed as the site on every report (e.g. “Kabul airport cell”). The country is where phone numbers are read from; times are shown in the operation's time zone.</source>
      <translation>Son nom est imprimé comme site sur chaque rapport (par ex. « Cellule de l'aéroport de Kaboul »). Le pays est celui d'où les numéros de téléphone sont lus ; les heures sont affichées dans le fuseau horaire de l'opération.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="180" />
      <source>Operation &amp;name:</source>
      <translation>&amp;Nom de l'opération :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="181" />
      <source>&amp;Country:</source>
      <translation>&amp;Pays :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="182" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="193" />
      <source>Type the operation's name: the reports print it.</source>
      <translation>Tapez le nom de l'opération : les rapports l'impriment.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="195" />
      <source>Choose a time zone from the list.</source>
      <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
  </context>
  <context>
    <name>OperationSettingsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="32" />
      <source>Operation settings</source>
      <translation>Paramètres de l’opération</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="35" />
      <source>The site name is printed in the header of every report, so that a page found on its own says where it comes from (e.g. “Kabul airport cell”).</source>
      <translation>Le nom du site est imprimé en tête de chaque rapport, pour qu’une page retrouvée seule dise d’où elle vient (p. ex. « Cellule aéroport de Kaboul »).</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="38" />
      <source>This operation has no site name yet.</source>
      <translation>Cette opération n’a pas encore de nom de site.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="48" />
      <source>the number every evacuee's instructions give</source>
      <translation>le numéro que donnent les consignes de chaque évacué</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="52" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="55" />
      <source>&amp;Site name:</source>
      <translation>Nom du &amp;site :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="56" />
      <source>&amp;Emergency contact:</source>
      <translation>Contact d'&amp;urgence :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="57" />
      <source>&amp;Lock when idle after:</source>
      <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/operation_settings.py" line="69" />
      <source>Type the site name the reports should print.</source>
      <translation>Saisissez le nom du site que les rapports doivent imprimer.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="35" />
      <source>Choose a passphrase</source>
      <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="35" />
      <source>Unlock database</source>
      <translation>Déverrouiller la base de données</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="47" />
      <source>The database %1 is encrypted with this passphrase. Without it nobody, you included, can read the records: keep it safe.</source>
      <translation>La base de données %1 est chiffrée avec cette phrase secrète. Sans elle, personne, vous compris, ne peut lire les dossiers : conservez-la en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="51" />
      <source>The database %1 is encrypted. Type its passphrase to open it.</source>
      <translation>La base de données %1 est chiffrée. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="55" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="57" />
      <source>&amp;Again</source>
      <translation>&amp;Confirmation</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="70" />
      <source>Type a passphrase.</source>
      <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="72" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="84" />
      <source>This passphrase does not open the database. Nothing was changed.</source>
      <translation>Cette phrase secrète n’ouvre pas la base de données. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/unlock_dialog.py" line="176" />
      <source>The database %1 is not encrypted: anyone who gets this computer can read every record.

Encrypt it now with a passphrase? (A copy is made and checked first.)</source>
      <translation>La base de données %1 n’est pas chiffrée : quiconque obtient cet ordinateur peut lire tous les dossiers.

La chiffrer maintenant avec une phrase secrète ? (Une copie est d’abord faite et vérifiée.)</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="227" />
      <source>The database passphrase</source>
      <translation>La phrase secrète de la base de données</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="230" />
      <source>The database is encrypted with this passphrase: nobody who takes this computer can read the records without it. Several words are easier to remember and harder to guess than one.</source>
      <translation>La base de données est chiffrée avec cette phrase secrète : sans elle, personne qui emporte cet ordinateur ne peut lire les dossiers. Plusieurs mots sont plus faciles à retenir et plus difficiles à deviner qu'un seul.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="237" />
      <source>A lost passphrase cannot be recovered: without it nobody, you included, can ever read the records again. Write it down and keep it in a safe place.</source>
      <translation>Une phrase secrète perdue ne peut pas être retrouvée : sans elle, personne, vous compris, ne pourra plus jamais lire les dossiers. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="241" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="242" />
      <source>&amp;Again:</source>
      <translation>&amp;Encore :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="243" />
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="248" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="248" />
      <source>weak</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="248" />
      <source>fair</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="248" />
      <source>good</source>
      <translation>bonne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="249" />
      <source>strong</source>
      <translation>forte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="255" />
      <source>Type a passphrase.</source>
      <translation>Tapez une phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/first_run.py" line="257" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="141" />
      <source>separated by commas</source>
      <translation>séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="144" />
      <source>YYYY-MM-DD, %1 or a year</source>
      <translation>AAAA-MM-JJ, %1 ou une année</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="149" />
      <source>separated by commas, e.g. Dari, Pashto</source>
      <translation>séparées par des virgules, p. ex. dari, pachto</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="152" />
      <source>one number per line, in any format</source>
      <translation>un numéro par ligne, dans n’importe quel format</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="160" />
      <source>&amp;Use this number</source>
      <translation>&amp;Utiliser ce numéro</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="170" />
      <source>one per line: type number, e.g. %1 P1234567 (types: %2)</source>
      <translation>un par ligne : type numéro, p. ex. %1 P1234567 (types : %2)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="177" />
      <source>e.g. 34.5553</source>
      <translation>p. ex. 34.5553</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="179" />
      <source>e.g. 69.2075</source>
      <translation>p. ex. 69.2075</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="181" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="189" />
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="190" />
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="191" />
      <source>Name (native script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="192" />
      <source>Father's name</source>
      <translation>Nom du père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="193" />
      <source>Grandfather's name</source>
      <translation>Nom du grand-père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="194" />
      <source>Other spellings</source>
      <translation>Autres graphies</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="195" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="196" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="197" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="198" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="199" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="201" />
      <source>Phones</source>
      <translation>Téléphones</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="207" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="208" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="209" />
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="210" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="211" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="212" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="213" />
      <source>Wishes to leave</source>
      <translation>Souhaite partir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="214" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="224" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="275" />
      <source>Not a valid number, kept as written: %s</source>
      <translation>Numéro non valide, gardé tel quel : %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="354" />
      <source>The latitude must be a number, like 34.5553.</source>
      <translation>La latitude doit être un nombre, comme 34.5553.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="357" />
      <source>The longitude must be a number, like 69.2075.</source>
      <translation>La longitude doit être un nombre, comme 69.2075.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="377" />
      <source>The date of birth '%1' is not YYYY-MM-DD, %2 or a year.</source>
      <translation>La date de naissance « %1 » n’est ni AAAA-MM-JJ, ni %2, ni une année.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="389" />
      <source>'%1' is not a phone number: %2.</source>
      <translation>« %1 » n'est pas un numéro de téléphone : %2.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="410" />
      <source>%1 is not valid as written; with the code of %2: %3</source>
      <translation>%1 n'est pas valide tel quel ; avec l'indicatif de %2 : %3</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="452" />
      <source>'%1' is not a document type; use one of: %2.</source>
      <translation>« %1 » n’est pas un type de document ; utilisez l’un de : %2.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="458" />
      <source>The %1 line has no number.</source>
      <translation>La ligne « %1 » n’a pas de numéro.</translation>
    </message>
  </context>
  <context>
    <name>PickPersonsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/pick_persons.py" line="26" />
      <source>Add persons to %1</source>
      <translation>Ajouter des personnes à %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/pick_persons.py" line="37" />
      <source>Add to movement</source>
      <translation>Ajouter au mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/pick_persons.py" line="38" />
      <source>Households are kept whole: choose one member to add the household.</source>
      <translation>Les foyers restent entiers : choisissez un membre pour ajouter son foyer.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/pick_persons.py" line="71" />
      <source>Choose the persons to add first.</source>
      <translation>Choisissez d’abord les personnes à ajouter.</translation>
    </message>
  </context>
  <context>
    <name>PointForm</name>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="40" />
      <source>Edit rendezvous point</source>
      <translation>Modifier le point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="40" />
      <source>New rendezvous point</source>
      <translation>Nouveau point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="52" />
      <source>e.g. 34.5553</source>
      <translation>p. ex. 34.5553</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="53" />
      <source>e.g. 69.2075</source>
      <translation>p. ex. 69.2075</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="56" />
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="59" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="60" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="61" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="62" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="63" />
      <source>Capacity (persons)</source>
      <translation>Capacité (personnes)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="90" />
      <source>The latitude must be a number, like 34.5553.</source>
      <translation>La latitude doit être un nombre, comme 34.5553.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="94" />
      <source>The longitude must be a number, like 69.2075.</source>
      <translation>La longitude doit être un nombre, comme 69.2075.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="83" />
      <source>this rendezvous point</source>
      <translation>ce point de rendez-vous</translation>
    </message>
  </context>
  <context>
    <name>PointTableModel</name>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="16" />
      <source>%L1 (no capacity set)</source>
      <translation>%L1 (capacité non renseignée)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="32" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="32" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="34" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="35" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="36" />
      <source>Coordinates</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="38" />
      <source>Capacity</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="41" />
      <source>Assigned (open movements)</source>
      <translation>Affectés (mouvements en cours)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="42" />
      <source>Waiting (preferred point)</source>
      <translation>En attente (point préféré)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/point_models.py" line="43" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
  </context>
  <context>
    <name>RefusalForm</name>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="54" />
      <source>Record a refusal</source>
      <translation>Enregistrer un refus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="56" />
      <source>(not at a rendezvous point)</source>
      <translation>(pas à un point de rendez-vous)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="59" />
      <source>or a checkpoint, e.g. north gate outer cordon</source>
      <translation>ou un point de contrôle, p. ex. cordon extérieur porte nord</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="61" />
      <source>e.g. gate guard, consular officer</source>
      <translation>p. ex. garde de la porte, agent consulaire</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="63" />
      <source>(choose the reason)</source>
      <translation>(choisir le motif)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="73" />
      <source>what happens next, e.g. call back, new documents</source>
      <translation>la suite, p. ex. rappeler, nouveaux documents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="82" />
      <source>%1 was refused.</source>
      <translation>Refus de %1.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="84" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="85" />
      <source>Checkpoint</source>
      <translation>Point de contrôle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="86" />
      <source>Refused by</source>
      <translation>Refusé par</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="87" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="88" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="89" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="90" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="142" />
      <source>Say where the person was refused: a rendezvous point or checkpoint.</source>
      <translation>Indiquez où la personne a été refusée : un point de rendez-vous ou un point de contrôle.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="145" />
      <source>Choose the reason for the refusal.</source>
      <translation>Choisissez le motif du refus.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="150" />
      <source>A refusal cannot be in the future.</source>
      <translation>Un refus ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="179" />
      <source>this refusal</source>
      <translation>ce refus</translation>
    </message>
  </context>
  <context>
    <name>RefusalsTab</name>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="48" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="49" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="50" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="51" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="36" />
      <location filename="../../evactrack/ui/views/case_refusals.py" line="52" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="32" />
      <location filename="../../evactrack/ui/views/case_refusals.py" line="53" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="33" />
      <source>Save follow-up</source>
      <translation>Enregistrer le suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_refusals.py" line="37" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
  </context>
  <context>
    <name>RendezvousPointsView</name>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="84" />
      <source>Show deactivated points</source>
      <translation>Afficher les points désactivés</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="86" />
      <source>New point…</source>
      <translation>Nouveau point…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="87" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="88" />
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="189" />
      <source>Deactivate</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="189" />
      <source>Reactivate</source>
      <translation>Réactiver</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="194" />
      <source>Choose a rendezvous point to see who is expected there.</source>
      <translation>Choisissez un point de rendez-vous pour voir qui y est attendu.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="200" />
      <source>%1: %L2 of %L3 persons on open movements; %L4 more prefer this point and are still to move.</source>
      <translation>%1 : personnes sur des mouvements en cours : %L2 sur %L3 ; encore à partir et préférant ce point : %L4.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="211" />
      <source>%1: %L2 persons on open movements; %L3 more prefer this point and are still to move.</source>
      <translation>%1 : personnes sur des mouvements en cours : %L2 ; encore à partir et préférant ce point : %L3.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="244" />
      <source>%Ln person(s) are on open movements from '%1'. Deactivate it anyway? (No new movements can be planned from it.)</source>
      <translation>
        <numerusform>%Ln personne est sur un mouvement en cours depuis « %1 ». Le désactiver quand même ? (Aucun nouveau mouvement ne pourra être planifié depuis ce point.)</numerusform>
        <numerusform>%Ln personnes sont sur des mouvements en cours depuis « %1 ». Le désactiver quand même ? (Aucun nouveau mouvement ne pourra être planifié depuis ce point.)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="68" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="69" />
      <source>Redact personal data (initials, masked numbers)</source>
      <translation>Masquer les données personnelles (initiales, numéros masqués)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="76" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
  </context>
  <context>
    <name>ReportPreview</name>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/report_dialog.py" line="105" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="109" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="113" />
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="136" />
      <source>The printer could not be started.</source>
      <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="163" />
      <source>Saved to %1.</source>
      <translation>Enregistré dans %1.</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="174" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="231" />
      <source>Daily status report</source>
      <translation>Rapport de situation du jour</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="246" />
      <source>Movement manifest</source>
      <translation>Manifeste du mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="261" />
      <source>Gate sheet</source>
      <translation>Feuille de porte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="275" />
      <source>Case sheet</source>
      <translation>Fiche du dossier</translation>
    </message>
  </context>
  <context>
    <name>Restore</name>
    <message>
      <location filename="../../evactrack/ui/views/restore.py" line="35" />
      <source>A database on a server is restored by its administrator (pg_restore), not from evactrack.</source>
      <translation>Une base de données sur un serveur est restaurée par son administrateur (pg_restore), pas depuis evactrack.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/restore.py" line="44" />
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/restore.py" line="46" />
      <source>evactrack backups (*.sqlite3 *.backup);;All files (*)</source>
      <translation>Sauvegardes evactrack (*.sqlite3 *.backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/restore.py" line="63" />
      <source>Replace the database %1 with the backup %2?

The backup is checked first. The database as it is now is kept in the backups folder.</source>
      <translation>Remplacer la base de données %1 par la sauvegarde %2 ?

La sauvegarde est d’abord vérifiée. La base de données dans son état actuel est conservée dans le dossier des sauvegardes.</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="651" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="652" />
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="654" />
      <source>Undo this import</source>
      <translation>Annuler cet import</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="668" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="679" />
      <source>Import #%1 done: %L2 created, %L3 merged, %L4 skipped, %L5 rejected.</source>
      <translation>Import n° %1 terminé : créées : %L2, fusionnées : %L3, ignorées : %L4, rejetées : %L5.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="692" />
      <source>Nothing was imported: %1</source>
      <translation>Rien n’a été importé : %1</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="52" />
      <source>Search box</source>
      <translation>Zone de recherche</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="53" />
      <source>Case list</source>
      <translation>Liste des dossiers</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="58" />
      <source>Go to the results</source>
      <translation>Aller aux résultats</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="63" />
      <source>Search now, go to the first result</source>
      <translation>Rechercher tout de suite, aller au premier résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="68" />
      <source>Clear the search</source>
      <translation>Effacer la recherche</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="71" />
      <source>Open the selected person</source>
      <translation>Ouvrir la personne sélectionnée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="74" />
      <source>Back to the search box, from the top</source>
      <translation>Revenir à la zone de recherche, depuis la première ligne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="85" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="89" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="89" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/shortcuts_dialog.py" line="89" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
  </context>
  <context>
    <name>StatusChangeCommand</name>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="119" />
      <source>status change of %1</source>
      <translation>changement de statut de %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="142" />
      <source>The status change cannot be made again; it has been removed from the undo history.</source>
      <translation>Le changement de statut ne peut pas être refait ; il a été retiré de l’historique des annulations.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="158" />
      <source>The status change cannot be undone; it has been removed from the undo history.</source>
      <translation>Le changement de statut ne peut pas être annulé ; il a été retiré de l’historique des annulations.</translation>
    </message>
  </context>
  <context>
    <name>StatusChangeTexts</name>
    <message numerus="yes">
      <location filename="../../evactrack/ui/undo.py" line="97" />
      <source>status change of %n person(s)</source>
      <translation>
        <numerusform>changement de statut de %n personne</numerusform>
        <numerusform>changement de statut de %n personnes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="597" />
      <source>What the import will do</source>
      <translation>Ce que fera l’import</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="599" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="613" />
      <source>Checking the list…</source>
      <translation>Vérification de la liste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="625" />
      <source>%L1 will be created, %L2 merged, %L3 skipped, %L4 rejected. Nothing has changed yet.</source>
      <translation>À créer : %L1, à fusionner : %L2, ignorées : %L3, rejetées : %L4. Rien n’a encore été modifié.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/import_wizard.py" line="639" />
      <source>The list was not checked: %1</source>
      <translation>La liste n’a pas été vérifiée : %1</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="279" />
      <source>Message templates</source>
      <translation>Modèles de messages</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="292" />
      <source>The fields a message can hold:</source>
      <translation>Les champs qu'un message peut contenir :</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/lock_screen.py" line="39" />
      <source>evactrack is locked</source>
      <translation>evactrack est verrouillé</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/lock_screen.py" line="48" />
      <source>Locked. %1, type your password to go on.</source>
      <translation>Verrouillé. %1, tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/lock_screen.py" line="51" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="92" />
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="95" />
      <source>User name</source>
      <translation>Nom d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="95" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="96" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="104" />
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="105" />
      <source>Set &amp;role</source>
      <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="106" />
      <source>&amp;Disable</source>
      <translation>&amp;Désactiver</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="107" />
      <source>&amp;Enable</source>
      <translation>&amp;Activer</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="108" />
      <source>New &amp;password…</source>
      <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="126" />
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="126" />
      <source>disabled</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="128" />
      <source>locked</source>
      <translation>verrouillé</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/users_dialog.py" line="136" />
      <source>Choose an account in the list first.</source>
      <translation>Choisissez d’abord un compte dans la liste.</translation>
    </message>
  </context>
  <context>
    <name>_Names</name>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="54" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="55" />
      <source>Dari</source>
      <translation>Dari</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="56" />
      <source>Pashto</source>
      <translation>Pachto</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="57" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="62" />
      <source>the person's name</source>
      <translation>le nom de la personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="63" />
      <source>the rendezvous point</source>
      <translation>le point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="64" />
      <source>its address</source>
      <translation>son adresse</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="65" />
      <source>the time window</source>
      <translation>le créneau horaire</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="66" />
      <source>the recognition signal</source>
      <translation>le signe de reconnaissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="67" />
      <source>the household's documents to bring</source>
      <translation>les documents du foyer à apporter</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/messages_dialog.py" line="68" />
      <source>the emergency contact</source>
      <translation>le contact d'urgence</translation>
    </message>
  </context>
</TS>