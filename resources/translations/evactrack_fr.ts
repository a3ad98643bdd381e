<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AssignDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="49" />
      <source>Assign to a movement</source>
      <translation>Affecter à un mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="62" />
      <source>Movement:</source>
      <translation>Mouvement :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="67" />
      <source>Only the chosen persons: split the households</source>
      <translation>Seulement les personnes choisies : séparer les ménages</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/assign_dialog.py" line="82" />
      <source>Assign</source>
      <translation>Affecter</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="175" />
      <source>Change status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="224" />
      <source>Times are in the operation's time zone; now: %s.</source>
      <translation>Les heures sont dans le fuseau horaire de l'opération ; maintenant : %s.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="239" />
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="194" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="195" />
      <source>Contact log</source>
      <translation>Journal des contacts</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="196" />
      <source>Refusals</source>
      <translation>Refus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="200" />
      <location filename="../../evactrack/ui/views/case_detail.py" line="266" />
      <location filename="../../evactrack/ui/views/case_detail.py" line="299" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="201" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="202" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="203" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="204" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="205" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="208" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="215" />
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="219" />
      <source>Print case sheet…</source>
      <translation>Imprimer la fiche…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="243" />
      <source>This person cannot travel without</source>
      <translation>Cette personne ne peut pas voyager sans</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="246" />
      <source>Make this person the &amp;principal</source>
      <translation>Faire de cette personne le &amp;principal</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="248" />
      <source>&amp;Remove this person from the household</source>
      <translation>&amp;Retirer cette personne du ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="250" />
      <source>A&amp;dd persons to the household…</source>
      <translation>A&amp;jouter des personnes au ménage…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="267" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="268" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="269" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="270" />
      <source>Caseworker</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="280" />
      <source>note (optional)</source>
      <translation>note (facultative)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="281" />
      <source>Log contact attempt</source>
      <translation>Noter la tentative de contact</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="300" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="301" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="302" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="303" />
      <location filename="../../evactrack/ui/views/case_detail.py" line="314" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="304" />
      <location filename="../../evactrack/ui/views/case_detail.py" line="310" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="311" />
      <source>Save follow-up</source>
      <translation>Enregistrer le suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="315" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="344" />
      <source>Case status: %s</source>
      <translation>Statut du dossier : %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="380" />
      <source>(not in a household)</source>
      <translation>(pas dans un ménage)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="382" />
      <source>(no household name)</source>
      <translation>(ménage sans nom)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="390" />
      <source>principal</source>
      <translation>chef de ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="391" />
      <source>eligible</source>
      <translation>éligible</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="391" />
      <source>not eligible</source>
      <translation>non éligible</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="393" />
      <source>cannot travel without %1</source>
      <translation>ne peut pas voyager sans %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="401" />
      <source>Cannot travel without %1</source>
      <translation>Ne peut pas voyager sans %1</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="550" />
      <source>Why does the case go from '%s' to '%s'?</source>
      <translation>Pourquoi le dossier passe-t-il de « %s » à « %s » ?</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="552" />
      <source>Reason needed</source>
      <translation>Motif requis</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="600" />
      <source>Remove %1 from the household? Their travel dependencies in it are lifted.</source>
      <translation>Retirer %1 du ménage ? Ses dépendances de voyage dans ce ménage sont levées.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="604" />
      <source>This person is the principal: the household will have none until you choose one.</source>
      <translation>Cette personne est le principal : le ménage n’en aura plus tant que vous n’en aurez pas choisi un autre.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="606" />
      <source>Remove from household</source>
      <translation>Retirer du ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="621" />
      <location filename="../../evactrack/ui/views/case_detail.py" line="646" />
      <source>Add persons to the household</source>
      <translation>Ajouter des personnes au ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="633" />
      <source>%1 is already in this household; nothing was changed.</source>
      <translation>%1 fait déjà partie de ce ménage ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/case_detail.py" line="642" />
      <source>%n person(s) will leave the household they are in now: %1. Add them anyway?</source>
      <translation>
        <numerusform>%n personne quittera le ménage dont elle fait partie : %1. L’ajouter quand même ?</numerusform>
        <numerusform>%n personnes quitteront le ménage dont elles font partie : %1. Les ajouter quand même ?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../evactrack/ui/views/case_list.py" line="180" />
      <source>Search names (either script), phone digits, document number, e-mail (3 characters or more)</source>
      <translation>Rechercher noms (deux écritures), chiffres de téléphone, n° de document, e-mail (3 caractères ou plus)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/case_list.py" line="270" />
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
      <location filename="../../evactrack/ui/models/case_table.py" line="128" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="129" />
      <source>Name (native script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="130" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="131" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="132" />
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="133" />
      <source>Rendezvous point / movement</source>
      <translation>Point de rendez-vous / mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="134" />
      <source>Last contact</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="135" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="153" />
      <source>(deleted)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/models/case_table.py" line="200" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="203" />
      <source>%n min ago</source>
      <translation>
        <numerusform>il y a %n min</numerusform>
        <numerusform>il y a %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="205" />
      <source>%n h ago</source>
      <translation>
        <numerusform>il y a %n h</numerusform>
        <numerusform>il y a %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/models/case_table.py" line="206" />
      <source>%n days ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="105" />
      <source>Changed by someone else</source>
      <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="115" />
      <source>%s was saved by someone else after you opened it. Nothing has been overwritten. Choose which version to keep.</source>
      <translation>%s a été enregistré par quelqu’un d’autre après son ouverture. Rien n’a été écrasé. Choisissez la version à garder.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="122" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="122" />
      <source>Your version</source>
      <translation>Votre version</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="122" />
      <source>Saved</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="126" />
      <source>Keep the saved version</source>
      <translation>Garder la version enregistrée</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="129" />
      <source>Save my version over it</source>
      <translation>Enregistrer ma version par-dessus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/case_detail.py" line="132" />
      <source>Keep editing</source>
      <translation>Continuer la saisie</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="119" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="150" />
      <source>By case status</source>
      <translation>Par statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/dashboard_view.py" line="152" />
      <source>By legal status</source>
      <translation>Par statut juridique</translation>
    </message>
  </context>
  <context>
    <name>EditPersonCommand</name>
    <message>
      <location filename="../../evactrack/ui/undo.py" line="31" />
      <source>edit of %s</source>
      <translation>modification de %s</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="40" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="48" />
      <source>Case status</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="49" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="50" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="51" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="52" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="53" />
      <source>Wishes to leave</source>
      <translation>Souhaite partir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/filters.py" line="61" />
      <source>Not contacted for 48 h</source>
      <translation>Sans contact depuis 48 h</translation>
    </message>
  </context>
  <context>
    <name>FindPersonsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="116" />
      <source>name, phone digits, document number…</source>
      <translation>nom, chiffres du téléphone, numéro de document…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="118" />
      <source>&amp;Find:</source>
      <translation>&amp;Rechercher :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="131" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="156" />
      <source>%n person(s) found.</source>
      <translation>
        <numerusform>%n personne trouvée.</numerusform>
        <numerusform>%n personnes trouvées.</numerusform>
      </translation>
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
      <translation>Décliné (reste)</translation>
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
      <translation>Ressortissant</translation>
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
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="54" />
      <source>Movements</source>
      <translation>Mouvements</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="59" />
      <source>Rendezvous points</source>
      <translation>Points de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="64" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="145" />
      <source>&amp;New person…</source>
      <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="147" />
      <source>&amp;Open database…</source>
      <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="149" />
      <source>Open a database &amp;server…</source>
      <translation>Ouvrir un &amp;serveur de base…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="152" />
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="158" />
      <source>&amp;Print daily report…</source>
      <translation>Im&amp;primer le rapport du jour…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="163" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="164" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="166" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="169" />
      <source>&amp;Find</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="171" />
      <source>&amp;Refresh</source>
      <translation>Actualis&amp;er</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="173" />
      <source>&amp;Open case</source>
      <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="175" />
      <source>&amp;Assign to movement…</source>
      <translation>&amp;Affecter à un mouvement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="179" />
      <source>Change &amp;status…</source>
      <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="180" />
      <source>&amp;Log a contact…</source>
      <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="182" />
      <source>Make a &amp;household…</source>
      <translation>Former un &amp;ménage…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="184" />
      <source>&amp;Export selection…</source>
      <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="201" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="210" />
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="212" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="214" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="217" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="225" />
      <source>&amp;Cases</source>
      <translation>&amp;Dossiers</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="239" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="428" />
      <source>No status change is allowed for all %n selected person(s).</source>
      <translation>
        <numerusform>Aucun changement de statut n’est permis pour la personne sélectionnée.</numerusform>
        <numerusform>Aucun changement de statut n’est permis pour les %n personnes sélectionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="432" />
      <source>Change status of %n person(s)</source>
      <translation>
        <numerusform>Changer le statut de %n personne</numerusform>
        <numerusform>Changer le statut de %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="433" />
      <source>New status</source>
      <translation>Nouveau statut</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="434" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="442" />
      <source>This change needs a reason; nothing was changed.</source>
      <translation>Ce changement demande un motif ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="461" />
      <source>Status changed to '%1' for %n person(s).</source>
      <translation>
        <numerusform>Statut « %1 » appliqué à %n personne.</numerusform>
        <numerusform>Statut « %1 » appliqué à %n personnes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="468" />
      <source>Changing the status of %n person(s)…</source>
      <translation>
        <numerusform>Changement du statut de %n personne…</numerusform>
        <numerusform>Changement du statut de %n personnes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="476" />
      <source>Log a contact attempt for %n person(s)</source>
      <translation>
        <numerusform>Noter une tentative de contact pour %n personne</numerusform>
        <numerusform>Noter une tentative de contact pour %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="478" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="479" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="481" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="508" />
      <source>Stopped: contact attempts were logged for %1 of %2 persons.</source>
      <translation>Arrêté : tentatives de contact notées pour %1 personnes sur %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="514" />
      <source>Contact attempt logged for %n person(s).</source>
      <translation>
        <numerusform>Tentative de contact notée pour %n personne.</numerusform>
        <numerusform>Tentative de contact notée pour %n personnes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="520" />
      <source>Logging contact attempts…</source>
      <translation>Enregistrement des tentatives de contact…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="553" />
      <source>Household made with %n person(s).</source>
      <translation>
        <numerusform>Ménage formé avec %n personne.</numerusform>
        <numerusform>Ménage formé avec %n personnes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="562" />
      <source>Export selection</source>
      <translation>Exporter la sélection</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="562" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/main_window.py" line="581" />
      <source>Exported %n person(s) to %1.</source>
      <translation>
        <numerusform>%n personne exportée vers %1.</numerusform>
        <numerusform>%n personnes exportées vers %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="585" />
      <source>Exporting…</source>
      <translation>Export en cours…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="604" />
      <source>The interface language changes the next time evactrack starts.</source>
      <translation>La langue de l’interface changera au prochain démarrage d’evactrack.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="610" />
      <source>Open database</source>
      <translation>Ouvrir une base</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="612" />
      <source>evactrack databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>Bases evactrack (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="621" />
      <source>Database address (postgresql://user@host/database):</source>
      <translation>Adresse de la base (postgresql://utilisateur@hôte/base) :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/main_window.py" line="622" />
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
        <numerusform>Former un ménage de %n personne</numerusform>
        <numerusform>Former un ménage de %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="64" />
      <source>optional, e.g. the family name</source>
      <translation>facultatif, p. ex. le nom de famille</translation>
    </message>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="72" />
      <source>%n of these person(s) will leave the household they are in now: %1.</source>
      <translation>
        <numerusform>%n de ces personnes quittera le ménage dont elle fait partie : %1.</numerusform>
        <numerusform>%n de ces personnes quitteront le ménage dont elles font partie : %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="79" />
      <source>&amp;Principal:</source>
      <translation>&amp;Principal :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="81" />
      <source>Household &amp;name:</source>
      <translation>&amp;Nom du ménage :</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="87" />
      <source>&amp;Make household</source>
      <translation>&amp;Former le ménage</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/household_dialogs.py" line="93" />
      <source>Persons in the new household:</source>
      <translation>Personnes du nouveau ménage :</translation>
    </message>
  </context>
  <context>
    <name>MovementForm</name>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="64" />
      <source>Edit %s</source>
      <translation>Modifier %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="64" />
      <source>Plan a movement</source>
      <translation>Planifier un mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="67" />
      <source>optional, e.g. Abbey gate run 3</source>
      <translation>facultatif, p. ex. Abbey gate, rotation 3</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="91" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="92" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="93" />
      <source>Window starts</source>
      <translation>Début du créneau</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="94" />
      <source>Window ends</source>
      <translation>Fin du créneau</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="95" />
      <source>Capacity (persons)</source>
      <translation>Capacité (personnes)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="96" />
      <source>Escort party</source>
      <translation>Escorte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="97" />
      <source>Escort contact</source>
      <translation>Contact de l’escorte</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="98" />
      <source>Recognition signal</source>
      <translation>Signe de reconnaissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movement_form.py" line="99" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>MovementsBoard</name>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="125" />
      <source>Show arrived and aborted</source>
      <translation>Afficher les arrivés et les annulés</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="127" />
      <source>Plan movement…</source>
      <translation>Planifier un mouvement…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="128" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="142" />
      <source>Print manifest…</source>
      <translation>Imprimer le manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="159" />
      <source>Remove from manifest…</source>
      <translation>Retirer du manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="161" />
      <source>Evacuated (flight left)</source>
      <translation>Évacués (vol parti)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="167" />
      <source>Drop persons from the case list here to add them.</source>
      <translation>Déposez ici des personnes de la liste des dossiers pour les ajouter.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="243" />
      <source>Choose a movement to see its manifest.</source>
      <translation>Choisissez un mouvement pour voir son manifeste.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="335" />
      <source>Marking outcomes…</source>
      <translation>Enregistrement des résultats…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="353" />
      <source>Taking persons off the manifest…</source>
      <translation>Retrait des personnes du manifeste…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="413" />
      <source>%d of %d persons were done; then: </source>
      <translation>%d personnes sur %d traitées ; ensuite : </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/movements_view.py" line="420" />
      <source>Stopped: %d of %d persons were done.</source>
      <translation>Arrêté : %d personnes sur %d traitées.</translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="234" />
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="70" />
      <source>separated by commas</source>
      <translation>séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="72" />
      <source>YYYY-MM-DD or a year</source>
      <translation>AAAA-MM-JJ ou une année</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="77" />
      <source>one number per line, in any format</source>
      <translation>un numéro par ligne, dans n’importe quel format</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="84" />
      <source>one per line: type number, e.g. passport P1234567 (types: %s)</source>
      <translation>un par ligne : type numéro, p. ex. passport P1234567 (types : %s)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="90" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="99" />
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="100" />
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="101" />
      <source>Name (native script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="102" />
      <source>Father's name</source>
      <translation>Nom du père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="103" />
      <source>Grandfather's name</source>
      <translation>Nom du grand-père</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="104" />
      <source>Other spellings</source>
      <translation>Autres graphies</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="105" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="106" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="107" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="108" />
      <source>Legal status</source>
      <translation>Statut juridique</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="110" />
      <source>Phones</source>
      <translation>Téléphones</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="112" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="113" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="114" />
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="115" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="116" />
      <source>Wishes to leave</source>
      <translation>Souhaite partir</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="117" />
      <source>Vulnerability</source>
      <translation>Vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="127" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="148" />
      <source>Not a valid number, kept as written: %s</source>
      <translation>Numéro non valide, gardé tel quel : %s</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="174" />
      <source>The date of birth '%s' is not YYYY-MM-DD or a year.</source>
      <translation>La date de naissance « %s » n’est ni AAAA-MM-JJ ni une année.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="218" />
      <source>'%s' is not a document type; use one of: %s.</source>
      <translation>« %s » n’est pas un type de document ; utilisez : %s.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/person_form.py" line="222" />
      <source>The %s line has no number.</source>
      <translation>La ligne %s n’a pas de numéro.</translation>
    </message>
  </context>
  <context>
    <name>PointForm</name>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="44" />
      <source>Edit rendezvous point</source>
      <translation>Modifier le point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="44" />
      <source>New rendezvous point</source>
      <translation>Nouveau point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="55" />
      <source>e.g. 34.5553</source>
      <translation>p. ex. 34.5553</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="56" />
      <source>e.g. 69.2075</source>
      <translation>p. ex. 69.2075</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="59" />
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="62" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="63" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="64" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="65" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/point_form.py" line="66" />
      <source>Capacity (persons)</source>
      <translation>Capacité (personnes)</translation>
    </message>
  </context>
  <context>
    <name>RefusalForm</name>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="43" />
      <source>Record a refusal</source>
      <translation>Enregistrer un refus</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="45" />
      <source>(not at a rendezvous point)</source>
      <translation>(pas à un point de rendez-vous)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="51" />
      <source>or a checkpoint, e.g. north gate outer cordon</source>
      <translation>ou un point de contrôle, p. ex. cordon extérieur porte nord</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="53" />
      <source>e.g. gate guard, consular officer</source>
      <translation>p. ex. garde de la porte, agent consulaire</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="62" />
      <source>what happens next, e.g. call back, new documents</source>
      <translation>la suite, p. ex. rappeler, nouveaux documents</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="71" />
      <source>Rendezvous point</source>
      <translation>Point de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="72" />
      <source>Checkpoint</source>
      <translation>Point de contrôle</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="73" />
      <source>Refused by</source>
      <translation>Refusé par</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="74" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="75" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="76" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/refusal_form.py" line="77" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
  </context>
  <context>
    <name>RendezvousPointsView</name>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="54" />
      <source>Show deactivated points</source>
      <translation>Afficher les points désactivés</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="56" />
      <source>New point…</source>
      <translation>Nouveau point…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="57" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="58" />
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="117" />
      <source>Deactivate</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="117" />
      <source>Reactivate</source>
      <translation>Réactiver</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/rendezvous_view.py" line="121" />
      <source>Choose a rendezvous point to see who is expected there.</source>
      <translation>Choisissez un point de rendez-vous pour voir qui y est attendu.</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="67" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="68" />
      <source>Redact personal data (initials, masked numbers)</source>
      <translation>Masquer les données personnelles (initiales, numéros masqués)</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="75" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
  </context>
  <context>
    <name>ReportPreview</name>
    <message numerus="yes">
      <location filename="../../evactrack/ui/views/report_dialog.py" line="104" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="108" />
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="112" />
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="135" />
      <source>The printer could not be started.</source>
      <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="162" />
      <source>Saved to %1.</source>
      <translation>Enregistré dans %1.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="172" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="233" />
      <source>Daily status report</source>
      <translation>Rapport de situation du jour</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="248" />
      <source>Movement manifest</source>
      <translation>Manifeste du mouvement</translation>
    </message>
    <message>
      <location filename="../../evactrack/ui/views/report_dialog.py" line="262" />
      <source>Case sheet</source>
      <translation>Fiche du dossier</translation>
    </message>
  </context>
</TS>