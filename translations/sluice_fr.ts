<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessToken</name>
    <message>
        <source>Could not read the access token file %1: %2</source>
        <translation>Impossible de lire le fichier du jeton d&apos;accès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is damaged (expected 64 hex digits). Delete it to make a new token.</source>
        <translation>Le fichier du jeton d&apos;accès %1 est endommagé (64 chiffres hexadécimaux attendus). Supprimez-le pour créer un nouveau jeton.</translation>
    </message>
    <message>
        <source>Could not create the access token file %1: %2</source>
        <translation>Impossible de créer le fichier du jeton d&apos;accès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the access token file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier du jeton d&apos;accès %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not start reading %1: out of memory.</source>
        <translation>Impossible de commencer la lecture de %1&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. The file may be truncated or damaged.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Le fichier est peut-être tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 est endommagé ou tronqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; Sluice cannot read password-protected archives. Extract it first.</source>
        <translation>%1 est chiffré&#xa0;; Sluice ne peut pas lire les archives protégées par mot de passe. Extrayez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>An input of %1 can no longer be read: the next input was already opened.</source>
        <translation>Une entrée de %1 ne peut plus être lue&#xa0;: l&apos;entrée suivante a déjà été ouverte.</translation>
    </message>
    <message>
        <source>%1 decompresses to more than %2 bytes, the limit for one input. Reading was stopped; it may be a decompression bomb.</source>
        <translation>%1 dépasse %2 octets une fois décompressé, la limite pour une entrée. La lecture a été arrêtée&#xa0;; il peut s&apos;agir d&apos;une bombe de décompression.</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 bytes from %4 compressed bytes), the limit. Reading was stopped; it looks like a decompression bomb.</source>
        <translation>%1 grossit plus de %2 fois à la décompression (%3 octets à partir de %4 octets compressés), la limite. La lecture a été arrêtée&#xa0;; cela ressemble à une bombe de décompression.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ChartMeasure</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Somme de %1</translation>
    </message>
    <message>
        <source>Mean of %1</source>
        <translation>Moyenne de %1</translation>
    </message>
</context>
<context>
    <name>ChunkDigests</name>
    <message>
        <source>Cannot read %1 bytes at byte %2 of %3: %4</source>
        <translation>Impossible de lire %1 octets à l&apos;octet %2 de %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the file is shorter</source>
        <translation>le fichier est plus court</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the API server headless, without a window.</source>
        <translation>Exécuter le serveur d&apos;API sans interface graphique, sans fenêtre.</translation>
    </message>
    <message>
        <source>Address the server listens on (default 127.0.0.1; 0.0.0.0 for the LAN).</source>
        <translation>Adresse d&apos;écoute du serveur (par défaut 127.0.0.1&#xa0;; 0.0.0.0 pour le réseau local).</translation>
    </message>
    <message>
        <source>Port the server listens on (default 8420; 0 = any free port).</source>
        <translation>Port d&apos;écoute du serveur (par défaut 8420&#xa0;; 0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Directory for the database, uploads, exports, settings and token.</source>
        <translation>Dossier de la base de données, des téléversements, des exportations, des paramètres et du jeton.</translation>
    </message>
    <message>
        <source>Logging rules, e.g. &quot;sluice.*.debug=true&quot;.</source>
        <translation>Règles de journalisation, par exemple «&#xa0;sluice.*.debug=true&#xa0;».</translation>
    </message>
    <message>
        <source>Sluice: move CSV data in, get answers out.</source>
        <translation>Sluice&#xa0;: des données CSV en entrée, des réponses en sortie.</translation>
    </message>
    <message>
        <source>CSV files to upload (desktop only).</source>
        <translation>Fichiers CSV à téléverser (application de bureau uniquement).</translation>
    </message>
    <message>
        <source>`sluice inspect FILE` shows how a CSV file is read (see `sluice inspect --help`).</source>
        <translation>`sluice inspect FILE` montre comment un fichier CSV est lu (voir `sluice inspect --help`).</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535).</source>
        <translation>--port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (0 à 65535).</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir nécessite un dossier.</translation>
    </message>
    <message>
        <source>--server takes no files; upload them through the API instead: %1</source>
        <translation>--server n&apos;accepte pas de fichiers&#xa0;; téléversez-les plutôt via l&apos;API&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes.</source>
        <translation>l&apos;enregistrement dépasse %1 octets.</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation>le champ dépasse %1 octets.</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it may be binary or in another encoding.</source>
        <translation>le fichier contient un octet NUL&#xa0;; il est peut-être binaire ou dans un autre encodage.</translation>
    </message>
    <message>
        <source>the record has more than %1 columns.</source>
        <translation>l&apos;enregistrement a plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>the quoted field is not closed before the end of the file.</source>
        <translation>le champ entre guillemets n&apos;est pas refermé avant la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>%1 is not open for reading.</source>
        <translation>%1 n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory was given.</source>
        <translation>Aucun dossier de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Could not create %1 in the data directory %2.</source>
        <translation>Impossible de créer %1 dans le dossier de données %2.</translation>
    </message>
    <message>
        <source>Another Sluice (process %1 on %2) is already using the data directory %3. Stop it first, or start with --data-dir and another directory.</source>
        <translation>Une autre instance de Sluice (processus %1 sur %2) utilise déjà le dossier de données %3. Arrêtez-la d&apos;abord, ou démarrez avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <source>Could not create the lock file in the data directory %1.</source>
        <translation>Impossible de créer le fichier de verrou dans le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>DataDirectoryChoice</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The data directory must be a full path, not &quot;%1&quot;.</source>
        <translation>Le dossier de données doit être un chemin complet, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Sluice cannot write to %1.</source>
        <translation>Sluice ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be created in.</source>
        <translation>%1 n&apos;existe pas, pas plus que le dossier dans lequel il serait créé.</translation>
    </message>
    <message>
        <source>Sluice cannot create %1: its folder is read-only.</source>
        <translation>Sluice ne peut pas créer %1&#xa0;: son dossier parent est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>La base de données a refusé «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DatasetCatalog</name>
    <message>
        <source>The catalog query failed: %1</source>
        <translation>La requête sur le catalogue a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation>Le jeu de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not record a rejected row: %1</source>
        <translation>Impossible d&apos;enregistrer une ligne rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>DatasetErrorList</name>
    <message>
        <source>Could not read the rejected rows: %1</source>
        <translation>Impossible de lire les lignes rejetées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>Could not read dataset %1: %2</source>
        <translation>Impossible de lire le jeu de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>Exports need the SQLite database.</source>
        <translation>Les exportations nécessitent la base de données SQLite.</translation>
    </message>
    <message>
        <source>The export has no columns.</source>
        <translation>L&apos;exportation ne comporte aucune colonne.</translation>
    </message>
    <message>
        <source>Could not move the finished export to %1.</source>
        <translation>Impossible de déplacer l&apos;exportation terminée vers %1.</translation>
    </message>
    <message>
        <source>The export wrote %1 rows where %2 were counted.</source>
        <translation>L&apos;exportation a écrit %1 lignes alors que %2 avaient été comptées.</translation>
    </message>
    <message>
        <source>Exports need the database in a file.</source>
        <translation>Les exportations nécessitent une base de données stockée dans un fichier.</translation>
    </message>
    <message>
        <source>Could not start the threads of the export.</source>
        <translation>Impossible de démarrer les threads de l’export.</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>%1 holds no CSV file (passed over: %2).</source>
        <translation>%1 ne contient aucun fichier CSV (ignorés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 has no input number %2.</source>
        <translation>%1 n&apos;a pas d&apos;entrée numéro %2.</translation>
    </message>
</context>
<context>
    <name>DatasetRoutes</name>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;name&quot;: &quot;...&quot;}.</source>
        <translation>Le corps de la requête doit être un objet JSON, par exemple {&quot;name&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Only the name of a dataset can be changed, not &quot;%1&quot;.</source>
        <translation>Seul le nom d&apos;un jeu de données peut être modifié, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>name must be a string.</source>
        <translation>name doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Un jeu de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>A dataset&apos;s name may have at most %1 characters.</source>
        <translation>Le nom d&apos;un jeu de données ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>A dataset&apos;s name may not hold control characters.</source>
        <translation>Le nom d&apos;un jeu de données ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Dataset %1 is still importing; cancel its import task first, or wait until it finishes.</source>
        <translation>Le jeu de données %1 est encore en cours d&apos;importation&#xa0;; annulez d&apos;abord sa tâche d&apos;importation ou attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Dataset %1 is still importing; its profile is stored when the import finishes. Subscribe to the dataset&apos;s events for partial results.</source>
        <translation>Le jeu de données %1 est encore en cours d&apos;importation&#xa0;; son profil sera enregistré à la fin de l&apos;importation. Abonnez-vous aux événements du jeu de données pour obtenir des résultats partiels.</translation>
    </message>
    <message>
        <source>Dataset %1 has no rows: its import did not complete (%2).</source>
        <translation>Le jeu de données %1 n’a aucune ligne&#xa0;: son import ne s’est pas terminé (%2).</translation>
    </message>
</context>
<context>
    <name>DocsRoutes</name>
    <message>
        <source>The documentation page is missing from the build.</source>
        <translation>La page de documentation est absente de cette version compilée.</translation>
    </message>
</context>
<context>
    <name>EventRoutes</name>
    <message>
        <source>%1 is a WebSocket: connect with &quot;Upgrade: websocket&quot;.</source>
        <translation>%1 est un WebSocket&#xa0;: connectez-vous avec «&#xa0;Upgrade: websocket&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not create the export file %1: %2</source>
        <translation>Impossible de créer le fichier d&apos;exportation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start the compressor.</source>
        <translation>Impossible de démarrer le compresseur.</translation>
    </message>
    <message>
        <source>Could not start the %1 compressor: %2</source>
        <translation>Impossible de démarrer le compresseur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start the export file %1: %2</source>
        <translation>Impossible de commencer le fichier d&apos;exportation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the export file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;exportation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not compress the export: %1</source>
        <translation>Impossible de compresser l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not finish the export file %1: %2</source>
        <translation>Impossible de finaliser le fichier d&apos;exportation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not compute the SHA-256 of the export file %1.</source>
        <translation>Impossible de calculer l&apos;empreinte SHA-256 du fichier d&apos;exportation %1.</translation>
    </message>
</context>
<context>
    <name>ExportParameters</name>
    <message>
        <source>%1 must be an array of column names.</source>
        <translation>%1 doit être un tableau de noms de colonnes.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export parameter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre d&apos;exportation.</translation>
    </message>
    <message>
        <source>datasetId must be the id of a dataset.</source>
        <translation>datasetId doit être l&apos;identifiant d&apos;un jeu de données.</translation>
    </message>
    <message>
        <source>filters must be an array of filter objects.</source>
        <translation>filters doit être un tableau d&apos;objets filtre.</translation>
    </message>
    <message>
        <source>format must be one of csv, csv.gz, csv.zst and zip.</source>
        <translation>format doit valoir csv, csv.gz, csv.zst ou zip.</translation>
    </message>
    <message>
        <source>delimiter must be one of &quot;,&quot;, &quot;;&quot;, &quot;|&quot; and a tab.</source>
        <translation>delimiter doit valoir &quot;,&quot;, &quot;;&quot;, &quot;|&quot; ou une tabulation.</translation>
    </message>
    <message>
        <source>Dataset %1 is %2; only a ready dataset can be exported.</source>
        <translation>Le jeu de données %1 est à l&apos;état %2&#xa0;; seul un jeu de données prêt peut être exporté.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is listed twice in columns.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» figure deux fois dans columns.</translation>
    </message>
</context>
<context>
    <name>ExportScanner</name>
    <message>
        <source>Could not open the database to export dataset %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données pour exporter le jeu de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read dataset %1: %2</source>
        <translation>Impossible de lire le jeu de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>Could not count the rows of dataset %1: %2</source>
        <translation>Impossible de compter les lignes du jeu de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportTaskRunner</name>
    <message>
        <source>Exporting rows…</source>
        <translation>Exportation des lignes…</translation>
    </message>
    <message>
        <source>Exported 0 rows: no row matches the filters.</source>
        <translation>0 ligne exportée&#xa0;: aucune ligne ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Exported 1 row.</source>
        <translation>1 ligne exportée.</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>%1 lignes exportées.</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is shorter than expected.</source>
        <translation>Le fichier %1 est plus court que prévu.</translation>
    </message>
    <message>
        <source>Hashing %1 was stopped.</source>
        <translation>Le calcul de l&apos;empreinte de %1 a été arrêté.</translation>
    </message>
    <message>
        <source>SHA-256 failed inside OpenSSL&apos;s libcrypto.</source>
        <translation>Le calcul SHA-256 a échoué dans libcrypto d&apos;OpenSSL.</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The field is not valid UTF-8.</source>
        <translation>Le champ n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field.</source>
        <translation>Du texte suit le guillemet fermant du champ.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no CSV file (entries passed over: %2).</source>
        <translation>%1 ne contient aucun fichier CSV (entrées ignorées&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>GroupQuery</name>
    <message>
        <source>column must name the column to group by</source>
        <translation>column doit indiquer la colonne de regroupement</translation>
    </message>
    <message>
        <source>sort must be value, -value, key or -key, not &quot;%1&quot;</source>
        <translation>sort doit valoir value, -value, key ou -key, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>limit must be from 0 to %1 and offset not negative</source>
        <translation>limit doit être compris entre 0 et %1 et offset ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not group the rows of dataset %1: %2</source>
        <translation>Impossible de regrouper les lignes du jeu de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>sluice: %1</source>
        <translation>sluice&#xa0;: %1</translation>
    </message>
    <message>
        <source> (all interfaces)</source>
        <translation> (toutes les interfaces)</translation>
    </message>
    <message>
        <source>Sluice %1 serving %2%3; access token in %4</source>
        <translation>Sluice %1 en service sur %2%3&#xa0;; jeton d&apos;accès dans %4</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is not HTTP; it begins with &quot;%1&quot;</source>
        <translation>la réponse n&apos;est pas du HTTP&#xa0;; elle commence par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the answer&apos;s head is longer than %1 bytes</source>
        <translation>l&apos;en-tête de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the answer&apos;s body is longer than %1 bytes</source>
        <translation>le corps de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot; is not HTTP/1.x&apos;s</source>
        <translation>la ligne d&apos;état «&#xa0;%1&#xa0;» n&apos;est pas celle de HTTP/1.x</translation>
    </message>
    <message>
        <source>the header line &quot;%1&quot; is malformed</source>
        <translation>la ligne d&apos;en-tête «&#xa0;%1&#xa0;» est mal formée</translation>
    </message>
    <message>
        <source>the server switched protocols instead of answering</source>
        <translation>le serveur a changé de protocole au lieu de répondre</translation>
    </message>
    <message>
        <source>the answer uses Transfer-Encoding &quot;%1&quot;, which this client does not read</source>
        <translation>la réponse utilise le Transfer-Encoding «&#xa0;%1&#xa0;», que ce client ne sait pas lire</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length &quot;%1&quot; is invalid</source>
        <translation>le Content-Length «&#xa0;%1&#xa0;» de la réponse n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the answer&apos;s body would have %1 bytes, more than the %2 accepted</source>
        <translation>le corps de la réponse aurait %1 octets, plus que les %2 acceptés</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the connection ended in the middle of the answer&apos;s head</source>
        <translation>la connexion s&apos;est terminée au milieu de l&apos;en-tête de la réponse</translation>
    </message>
    <message>
        <source>the connection ended after %1 of the answer&apos;s %2 body bytes</source>
        <translation>la connexion s&apos;est terminée après %1 des %2 octets du corps de la réponse</translation>
    </message>
</context>
<context>
    <name>ImportPass</name>
    <message>
        <source>The import was canceled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The field is not valid text in the file&apos;s encoding.</source>
        <translation>Le champ n&apos;est pas du texte valide dans l&apos;encodage du fichier.</translation>
    </message>
</context>
<context>
    <name>ImportTaskRunner</name>
    <message>
        <source>overrides.%1 must be one ASCII character or empty.</source>
        <translation>overrides.%1 doit être un seul caractère ASCII ou vide.</translation>
    </message>
    <message>
        <source>overrides.encoding &quot;%1&quot; is not UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>overrides.encoding «&#xa0;%1&#xa0;» n&apos;est ni UTF-8, ni UTF-16LE, ni UTF-16BE, ni Windows-1252.</translation>
    </message>
    <message>
        <source>Importing: %1 rows, %2 rejected</source>
        <translation>Importation en cours&#xa0;: %1 lignes, %2 rejetées</translation>
    </message>
    <message>
        <source>An import needs sourcePath, an existing file (got &quot;%1&quot;).</source>
        <translation>Une importation nécessite sourcePath, un fichier existant (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 rejected).</source>
        <translation>%1 lignes importées (%2 rejetées).</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 datasets (%3 rejected).</source>
        <translation>%1 lignes importées dans %2 jeux de données (%3 rejetées).</translation>
    </message>
    <message>
        <source>Imported 1 row (%1 rejected).</source>
        <translation>1 ligne importée (%1 rejetées).</translation>
    </message>
</context>
<context>
    <name>InputOpener</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not open for reading.</source>
        <translation>%1 n&apos;est pas ouvert en lecture.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>nullable</translation>
    </message>
    <message>
        <source>nulls</source>
        <translation>vides</translation>
    </message>
    <message>
        <source>%1
</source>
        <translation>%1
</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compression</translation>
    </message>
    <message>
        <source>, in a %1 archive</source>
        <translation>, dans une archive %1</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>guillemet</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>preamble lines</source>
        <translation>lignes de préambule</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>séparateur décimal</translation>
    </message>
    <message>
        <source>thousands separator</source>
        <translation>séparateur de milliers</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>%1 (%2 blank lines skipped)</source>
        <translation>%1 (%2 lignes vides ignorées)</translation>
    </message>
    <message>
        <source>
Columns
</source>
        <translation>
Colonnes
</translation>
    </message>
    <message>
        <source>
First record
</source>
        <translation>
Premier enregistrement
</translation>
    </message>
    <message>
        <source>
First %1 records
</source>
        <translation>
Les %1 premiers enregistrements
</translation>
    </message>
    <message>
        <source>
Problems (%1)
</source>
        <translation>
Problèmes (%1)
</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>  … and more
</source>
        <translation>  … et d&apos;autres encore
</translation>
    </message>
    <message>
        <source>
Not CSV, passed over: %1
</source>
        <translation>
Pas du CSV, ignorés&#xa0;: %1
</translation>
    </message>
    <message>
        <source>sluice inspect: %1
Try &apos;sluice inspect --help&apos;.
</source>
        <translation>sluice inspect&#xa0;: %1
Essayez «&#xa0;sluice inspect --help&#xa0;».
</translation>
    </message>
    <message>
        <source>sluice inspect: %1
</source>
        <translation>sluice inspect&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>InspectCommandLine</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>Print the first N records (with --json: all unless given).</source>
        <translation>Afficher les N premiers enregistrements (avec --json&#xa0;: tous, sauf si indiqué).</translation>
    </message>
    <message>
        <source>Field delimiter: a character, or tab, space, comma, semicolon, pipe.</source>
        <translation>Séparateur de champs&#xa0;: un caractère, ou tab, space, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>Quote character, or none.</source>
        <translation>Caractère de guillemet, ou none.</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin-1.</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 ou latin-1.</translation>
    </message>
    <message>
        <source>The first line is data, not column names.</source>
        <translation>La première ligne contient des données, pas des noms de colonnes.</translation>
    </message>
    <message>
        <source>sluice inspect: how Sluice reads a CSV file (plain or compressed): dialect, encoding, compression, schema and row count.</source>
        <translation>sluice inspect&#xa0;: comment Sluice lit un fichier CSV (brut ou compressé)&#xa0;: dialecte, encodage, compression, schéma et nombre de lignes.</translation>
    </message>
    <message>
        <source>The file to inspect.</source>
        <translation>Le fichier à examiner.</translation>
    </message>
    <message>
        <source>inspect takes exactly one file.</source>
        <translation>inspect prend exactement un fichier.</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a count.</source>
        <translation>--rows&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character or a known name (tab, space, comma, semicolon, pipe).</source>
        <translation>--delimiter&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni un seul caractère ASCII ni un nom connu (tab, space, comma, semicolon, pipe).</translation>
    </message>
    <message>
        <source>--quote: &quot;%1&quot; is not one ASCII character or none.</source>
        <translation>--quote&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni un seul caractère ASCII ni none.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of utf-8, utf-16le, utf-16be, windows-1252, latin-1.</source>
        <translation>--encoding&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de utf-8, utf-16le, utf-16be, windows-1252, latin-1.</translation>
    </message>
    <message>
        <source>Usage: sluice inspect [options] FILE</source>
        <translation>Utilisation&#xa0;: sluice inspect [options] FILE</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>measure must be count, sum, mean, min or max, not &quot;%1&quot;</source>
        <translation>measure doit valoir count, sum, mean, min ou max, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a column to measure</source>
        <translation>%1 nécessite une colonne à mesurer</translation>
    </message>
    <message>
        <source>%1 needs an integer or real column; &quot;%2&quot; is %3</source>
        <translation>%1 nécessite une colonne de type integer ou real&#xa0;; «&#xa0;%2&#xa0;» est de type %3</translation>
    </message>
</context>
<context>
    <name>OpenApiDocument</name>
    <message>
        <source>The API description %1 is missing from the build.</source>
        <translation>La description de l&apos;API %1 est absente de cette version compilée.</translation>
    </message>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation>La description de l&apos;API n&apos;est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
</context>
<context>
    <name>PartDeflater</name>
    <message>
        <source>Could not start the deflate compressor.</source>
        <translation>Impossible de démarrer le compresseur deflate.</translation>
    </message>
    <message>
        <source>The deflate compressor failed (zlib status %1).</source>
        <translation>Le compresseur deflate a échoué (état zlib %1).</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Sluice cannot start</source>
        <translation>Sluice ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>QueryParameters</name>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3</source>
        <translation>%1 doit être un entier compris entre %2 et %3</translation>
    </message>
</context>
<context>
    <name>RequestAuthorizer</name>
    <message>
        <source>The request has no Host header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête Host.</translation>
    </message>
    <message>
        <source>This server listens on loopback only and answers to localhost, 127.0.0.1 or [::1], not to &quot;%1&quot;.</source>
        <translation>Ce serveur n&apos;écoute que sur la boucle locale et répond à localhost, 127.0.0.1 ou [::1], pas à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This request needs an access token: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Cette requête nécessite un jeton d&apos;accès&#xa0;: envoyez «&#xa0;Authorization: Bearer TOKEN&#xa0;».</translation>
    </message>
    <message>
        <source>The Authorization header must use the Bearer scheme.</source>
        <translation>L&apos;en-tête Authorization doit utiliser le schéma Bearer.</translation>
    </message>
    <message>
        <source>The access token is wrong.</source>
        <translation>Le jeton d&apos;accès est incorrect.</translation>
    </message>
</context>
<context>
    <name>RequestHead</name>
    <message>
        <source>The request has no request line.</source>
        <translation>La requête n&apos;a pas de ligne de requête.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD target HTTP/1.1&quot;.</source>
        <translation>La ligne de requête n&apos;est pas de la forme «&#xa0;METHOD target HTTP/1.1&#xa0;».</translation>
    </message>
    <message>
        <source>The request has %1 header fields; at most %2 are accepted.</source>
        <translation>La requête comporte %1 champs d&apos;en-tête&#xa0;; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>Header field %1 is malformed.</source>
        <translation>Le champ d&apos;en-tête %1 est mal formé.</translation>
    </message>
    <message>
        <source>Content-Length must be a whole number of bytes.</source>
        <translation>Content-Length doit être un nombre entier d&apos;octets.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Seul le codage de transfert chunked est pris en charge.</translation>
    </message>
    <message>
        <source>The request has more than one Content-Length.</source>
        <translation>La requête comporte plus d&apos;un Content-Length.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>La requête comporte à la fois Content-Length et Transfer-Encoding.</translation>
    </message>
</context>
<context>
    <name>RouteSupport</name>
    <message>
        <source>&quot;%1&quot; is not a %2 id: ids are 16 letters, digits, - or _.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide (%2)&#xa0;: un identifiant compte 16 lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>This request takes no parameters, but got &quot;%1&quot;.</source>
        <translation>Cette requête n&apos;accepte aucun paramètre, mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;; this request takes %2.</source>
        <translation>Paramètre inconnu «&#xa0;%1&#xa0;»&#xa0;; cette requête accepte %2.</translation>
    </message>
    <message>
        <source>Give format once: csv or json.</source>
        <translation>Indiquez format une seule fois&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>format must be csv or json, not &quot;%1&quot;.</source>
        <translation>format doit valoir csv ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide de type %2.</translation>
    </message>
</context>
<context>
    <name>RowFilterParser</name>
    <message>
        <source>a filter needs a column name</source>
        <translation>un filtre nécessite un nom de colonne</translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot;</source>
        <translation>clé de filtre inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a filter on &quot;%1&quot; needs exactly one of from/to, min/max, equals, in or isNull</source>
        <translation>un filtre sur «&#xa0;%1&#xa0;» nécessite exactement un élément parmi from/to, min/max, equals, in ou isNull</translation>
    </message>
    <message>
        <source>from and to apply to date and datetime columns; &quot;%1&quot; is %2</source>
        <translation>from et to s&apos;appliquent aux colonnes de type date et datetime&#xa0;; «&#xa0;%1&#xa0;» est de type %2</translation>
    </message>
    <message>
        <source>min and max apply to integer and real columns; &quot;%1&quot; is %2</source>
        <translation>min et max s&apos;appliquent aux colonnes de type integer et real&#xa0;; «&#xa0;%1&#xa0;» est de type %2</translation>
    </message>
    <message>
        <source>a range on &quot;%1&quot; needs %2, %3 or both</source>
        <translation>une plage sur «&#xa0;%1&#xa0;» nécessite %2, %3 ou les deux</translation>
    </message>
    <message>
        <source>isNull must be true or false</source>
        <translation>isNull doit valoir true ou false</translation>
    </message>
    <message>
        <source>in must be a list of at least one value</source>
        <translation>in doit être une liste d&apos;au moins une valeur</translation>
    </message>
    <message>
        <source>in may list at most %1 values</source>
        <translation>in ne peut pas contenir plus de %1 valeurs</translation>
    </message>
    <message>
        <source>filters must be a JSON array of filter objects</source>
        <translation>filters doit être un tableau JSON d&apos;objets filtre</translation>
    </message>
    <message>
        <source>filter must be a JSON array of filter objects</source>
        <translation>filter doit être un tableau JSON d&apos;objets filtre</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or an ISO 8601 datetime</source>
        <translation>%1 doit être une date (AAAA-MM-JJ) ou une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD)</source>
        <translation>%1 doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 needs a value; use isNull to find empty cells</source>
        <translation>%1 nécessite une valeur&#xa0;; utilisez isNull pour trouver les cellules vides</translation>
    </message>
    <message>
        <source>%1 must be an integer: &quot;%2&quot; is an integer column</source>
        <translation>%1 doit être un entier&#xa0;: «&#xa0;%2&#xa0;» est une colonne d&apos;entiers</translation>
    </message>
    <message>
        <source>%1 must be a number: &quot;%2&quot; is a real column</source>
        <translation>%1 doit être un nombre&#xa0;: «&#xa0;%2&#xa0;» est une colonne de nombres réels</translation>
    </message>
    <message>
        <source>%1 must be true or false: &quot;%2&quot; is a boolean column</source>
        <translation>%1 doit valoir true ou false&#xa0;: «&#xa0;%2&#xa0;» est une colonne booléenne</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 doit être une valeur unique</translation>
    </message>
</context>
<context>
    <name>RowsQuery</name>
    <message>
        <source>limit must be from 0 to %1 and offset not negative</source>
        <translation>limit doit être compris entre 0 et %1 et offset ne doit pas être négatif</translation>
    </message>
    <message>
        <source>Could not read the rows of dataset %1: %2</source>
        <translation>Impossible de lire les lignes du jeu de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not count the rows of dataset %1: %2</source>
        <translation>Impossible de compter les lignes du jeu de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation>Impossible de lire la version du schéma de la base de données.</translation>
    </message>
    <message>
        <source>The database was written by a newer Sluice (schema version %1; this one knows up to %2). Use that newer Sluice, or another data directory.</source>
        <translation>La base de données a été écrite par une version plus récente de Sluice (version de schéma %1&#xa0;; celle-ci connaît jusqu&apos;à la %2). Utilisez cette version plus récente ou un autre dossier de données.</translation>
    </message>
    <message>
        <source>Could not migrate the database to schema version %1: %2</source>
        <translation>Impossible de migrer la base de données vers la version de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SeriesQuery</name>
    <message>
        <source>column must name the date or datetime column of the series</source>
        <translation>column doit indiquer la colonne de type date ou datetime de la série</translation>
    </message>
    <message>
        <source>bucket must be hour, day, week, month, quarter or year, not &quot;%1&quot;</source>
        <translation>bucket doit valoir hour, day, week, month, quarter ou year, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a series needs a date or datetime column; &quot;%1&quot; is %2</source>
        <translation>une série nécessite une colonne de type date ou datetime&#xa0;; «&#xa0;%1&#xa0;» est de type %2</translation>
    </message>
    <message>
        <source>hour buckets need a datetime column; &quot;%1&quot; is a date column</source>
        <translation>les intervalles horaires nécessitent une colonne de type datetime&#xa0;; «&#xa0;%1&#xa0;» est une colonne de type date</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not compute the series of dataset %1: %2</source>
        <translation>Impossible de calculer la série du jeu de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerControls</name>
    <message>
        <source>Share on LAN</source>
        <translation>Partager sur le réseau local</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>%1 is not a valid settings file.</source>
        <translation>%1 n&apos;est pas un fichier de paramètres valide.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a whole number from 0 (any free port) to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 (n&apos;importe quel port libre) à 65535.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not one of: empty (the system&apos;s language), %4.</source>
        <translation>%1&#xa0;: la valeur «&#xa0;%2&#xa0;» de %3 ne fait pas partie de&#xa0;: vide (langue du système), %4.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not an http:// or https:// address.</source>
        <translation>%1&#xa0;: la valeur «&#xa0;%2&#xa0;» de %3 n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not true or false.</source>
        <translation>%1&#xa0;: la valeur «&#xa0;%2&#xa0;» de %3 n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not a whole number from %4 to %5.</source>
        <translation>%1&#xa0;: la valeur «&#xa0;%2&#xa0;» de %3 n&apos;est pas un nombre entier de %4 à %5.</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation>La connexion à la base de données n&apos;est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>The database could not %1 rows: %2</source>
        <translation>La base de données n&apos;a pas pu traiter les lignes (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>The task catalog query failed: %1</source>
        <translation>La requête sur le catalogue des tâches a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Task %1 is %2, not queued.</source>
        <translation>La tâche %1 n&apos;est pas en file d&apos;attente (état&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>TaskRoutes</name>
    <message>
        <source>state must be queued, running, succeeded, failed or canceled, not &quot;%1&quot;.</source>
        <translation>state doit valoir queued, running, succeeded, failed ou canceled, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>type must be import, export or teams-import, not &quot;%1&quot;.</source>
        <translation>type doit valoir import, export ou teams-import, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>Le corps de la requête doit être un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only export tasks are started here (imports start when an upload completes), not &quot;%1&quot;.</source>
        <translation>Seules les tâches d&apos;exportation sont lancées ici (les importations démarrent à la fin d&apos;un téléversement), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body needs &quot;parameters&quot;, an object.</source>
        <translation>Le corps de la requête doit contenir «&#xa0;parameters&#xa0;», un objet.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>Task %1 has no result to download (it is %2).</source>
        <translation>La tâche %1 n&apos;a aucun résultat à télécharger (état&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>TeamRejectionsCsvWriter</name>
    <message>
        <source>Could not write the rejected rows: %1</source>
        <translation>Impossible d&apos;écrire les lignes rejetées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoutes</name>
    <message>
        <source>Give %1 at most once.</source>
        <translation>Indiquez %1 une seule fois au plus.</translation>
    </message>
    <message>
        <source>sort must be one of %1, not &quot;%2&quot;.</source>
        <translation>sort doit valoir l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>order must be asc or desc, not &quot;%1&quot;.</source>
        <translation>order doit valoir asc ou desc, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>search may have at most %1 characters.</source>
        <translation>search ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id: 1 to %2 characters, no control characters.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;équipe&#xa0;: 1 à %2 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>Could not look up the import: %1</source>
        <translation>Impossible de retrouver l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no teams import %1.</source>
        <translation>L&apos;importation d&apos;équipes %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>teams import</source>
        <translation>importation d&apos;équipes</translation>
    </message>
</context>
<context>
    <name>TeamsCatalog</name>
    <message>
        <source>The teams query failed: %1</source>
        <translation>La requête sur les équipes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation>L&apos;équipe %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>TeamsImportTaskRunner</name>
    <message>
        <source>&quot;%1&quot; is not a teams import parameter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de l&apos;importation d&apos;équipes.</translation>
    </message>
    <message>
        <source>path must name the teams file.</source>
        <translation>path doit indiquer le fichier d&apos;équipes.</translation>
    </message>
    <message>
        <source>There is no teams file at the given path.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;équipes à l&apos;emplacement indiqué.</translation>
    </message>
    <message>
        <source>importId must be a string.</source>
        <translation>importId doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>The teams import was canceled.</source>
        <translation>L&apos;importation d&apos;équipes a été annulée.</translation>
    </message>
    <message>
        <source>Importing teams…</source>
        <translation>Importation des équipes…</translation>
    </message>
    <message>
        <source>Imported %1 teams (%2 new, %3 updated); %4 rows rejected.</source>
        <translation>%1 équipes importées (%2 nouvelles, %3 mises à jour)&#xa0;; %4 lignes rejetées.</translation>
    </message>
</context>
<context>
    <name>TeamsImporter</name>
    <message>
        <source>The teams query failed: %1</source>
        <translation>La requête sur les équipes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a teams file: required column missing: %2 (a teams file needs team_id and name). Its header has: %3.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;équipes&#xa0;: colonne obligatoire manquante&#xa0;: %2 (un fichier d&apos;équipes doit contenir team_id et name). Son en-tête contient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is not a teams file: required columns missing: %2 (a teams file needs team_id and name). Its header has: %3.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;équipes&#xa0;: colonnes obligatoires manquantes&#xa0;: %2 (un fichier d&apos;équipes doit contenir team_id et name). Son en-tête contient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La ligne comporte %1 champs&#xa0;; l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>Field %1 is not valid text in the file&apos;s encoding.</source>
        <translation>Le champ %1 n&apos;est pas du texte valide dans l&apos;encodage du fichier.</translation>
    </message>
    <message>
        <source>team_id is empty: every team needs an id.</source>
        <translation>team_id est vide&#xa0;: chaque équipe doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>team_id &quot;%1&quot; repeats the team on line %2 (the first occurrence wins).</source>
        <translation>team_id «&#xa0;%1&#xa0;» répète l&apos;équipe de la ligne %2 (la première occurrence l&apos;emporte).</translation>
    </message>
    <message>
        <source>name is empty: every team needs a name.</source>
        <translation>name est vide&#xa0;: chaque équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>lead_email &quot;%1&quot; is not an email address.</source>
        <translation>lead_email «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>members &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>members «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>founded &quot;%1&quot; has a time of day; a date is expected.</source>
        <translation>founded «&#xa0;%1&#xa0;» contient une heure&#xa0;; une date est attendue.</translation>
    </message>
    <message>
        <source>founded &quot;%1&quot; is not a date.</source>
        <translation>founded «&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1 holds no CSV file (entries passed over: %2).</source>
        <translation>%1 ne contient aucun fichier CSV (entrées ignorées&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>TusHeaders</name>
    <message>
        <source>A tus request needs the header &quot;Tus-Resumable: 1.0.0&quot;.</source>
        <translation>Une requête tus nécessite l&apos;en-tête «&#xa0;Tus-Resumable: 1.0.0&#xa0;».</translation>
    </message>
    <message>
        <source>This server speaks tus 1.0.0, not &quot;%1&quot;.</source>
        <translation>Ce serveur parle tus 1.0.0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a whole number of bytes, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre entier d&apos;octets, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Upload-Metadata has an empty or malformed key.</source>
        <translation>Upload-Metadata comporte une clé vide ou mal formée.</translation>
    </message>
    <message>
        <source>The Upload-Metadata value of &quot;%1&quot; is not base64.</source>
        <translation>La valeur Upload-Metadata de «&#xa0;%1&#xa0;» n&apos;est pas en base64.</translation>
    </message>
    <message>
        <source>Upload-Metadata names &quot;%1&quot; twice.</source>
        <translation>Upload-Metadata mentionne «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The upload&apos;s kind must be &quot;dataset&quot; or &quot;teams&quot;, not &quot;%1&quot;.</source>
        <translation>Le type du téléversement doit être «&#xa0;dataset&#xa0;» ou «&#xa0;teams&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The sha256 metadata must be the file&apos;s SHA-256 as 64 hex digits.</source>
        <translation>La métadonnée sha256 doit être l&apos;empreinte SHA-256 du fichier en 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Upload-Checksum must be &quot;&lt;algorithm&gt; &lt;base64 digest&gt;&quot;.</source>
        <translation>Upload-Checksum doit être de la forme «&#xa0;&lt;algorithme&gt; &lt;empreinte base64&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>The checksum algorithm &quot;%1&quot; is not supported; use %2.</source>
        <translation>L&apos;algorithme de somme de contrôle «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>The Upload-Checksum digest is not a base64 %1 digest.</source>
        <translation>L&apos;empreinte de Upload-Checksum n&apos;est pas une empreinte %1 en base64.</translation>
    </message>
    <message>
        <source>Upload-Concat must be &quot;partial&quot; or &quot;final;&lt;urls&gt;&quot;.</source>
        <translation>Upload-Concat doit valoir «&#xa0;partial&#xa0;» ou «&#xa0;final;&lt;urls&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in Upload-Concat is not an upload of this server.</source>
        <translation>«&#xa0;%1&#xa0;» dans Upload-Concat n&apos;est pas un téléversement de ce serveur.</translation>
    </message>
    <message>
        <source>Upload-Concat: final names no partial uploads.</source>
        <translation>Upload-Concat&#xa0;: final ne mentionne aucun téléversement partiel.</translation>
    </message>
</context>
<context>
    <name>TusMetadata</name>
    <message>
        <source>Malformed Upload-Metadata item &quot;%1&quot;.</source>
        <translation>Élément Upload-Metadata mal formé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The Upload-Metadata value of &quot;%1&quot; is not base64.</source>
        <translation>La valeur Upload-Metadata de «&#xa0;%1&#xa0;» n&apos;est pas en base64.</translation>
    </message>
</context>
<context>
    <name>UploadCatalog</name>
    <message>
        <source>The uploads query failed: %1</source>
        <translation>La requête sur les téléversements a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not create the uploads folder %1.</source>
        <translation>Impossible de créer le dossier des téléversements %1.</translation>
    </message>
    <message>
        <source>An upload needs a kind.</source>
        <translation>Un téléversement doit avoir un type.</translation>
    </message>
    <message>
        <source>The upload is %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Le téléversement fait %1 octets&#xa0;; ce serveur accepte au plus %2 octets.</translation>
    </message>
    <message>
        <source>The sha256 of an upload must be 64 lower-case hex digits.</source>
        <translation>Le sha256 d&apos;un téléversement doit compter 64 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>Could not create the upload&apos;s file: %1</source>
        <translation>Impossible de créer le fichier du téléversement&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Le téléversement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Not enough free disk space: %1 bytes are needed, %2 are free and %3 are kept in reserve.</source>
        <translation>Espace disque insuffisant&#xa0;: %1 octets sont nécessaires, %2 sont libres et %3 sont gardés en réserve.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Le téléversement %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The upload %1 is %2 and takes no more bytes.</source>
        <translation>Le téléversement %1 est à l&apos;état %2 et n&apos;accepte plus d&apos;octets.</translation>
    </message>
    <message>
        <source>The upload is at byte %1, not at byte %2: ask for its offset (HEAD) and resume from there.</source>
        <translation>Le téléversement en est à l&apos;octet %1, pas à l&apos;octet %2&#xa0;: demandez son décalage (HEAD) et reprenez à partir de là.</translation>
    </message>
    <message>
        <source>Another request is writing to the upload %1.</source>
        <translation>Une autre requête écrit déjà dans le téléversement %1.</translation>
    </message>
    <message>
        <source>%1 uploads are in progress, the most this server takes at once; try again later.</source>
        <translation>%1 téléversements sont en cours, le maximum que ce serveur accepte à la fois&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not open the upload&apos;s file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier du téléversement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The upload %1 was terminated while it was written.</source>
        <translation>Le téléversement %1 a été supprimé pendant son écriture.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is %1, but the upload declared %2; the bytes are not what was sent, so the upload failed.</source>
        <translation>L&apos;empreinte SHA-256 du fichier est %1, mais le téléversement a déclaré %2&#xa0;; les octets ne sont pas ceux qui ont été envoyés, le téléversement a donc échoué.</translation>
    </message>
    <message>
        <source>The upload&apos;s length is already %1 bytes.</source>
        <translation>La longueur du téléversement est déjà de %1 octets.</translation>
    </message>
    <message>
        <source>The length %1 is below the %2 bytes already uploaded.</source>
        <translation>La longueur %1 est inférieure aux %2 octets déjà téléversés.</translation>
    </message>
    <message>
        <source>A final upload needs at least one partial upload.</source>
        <translation>Un téléversement final nécessite au moins un téléversement partiel.</translation>
    </message>
    <message>
        <source>The upload %1 is not a partial upload.</source>
        <translation>Le téléversement %1 n&apos;est pas un téléversement partiel.</translation>
    </message>
    <message>
        <source>The partial upload %1 is not complete.</source>
        <translation>Le téléversement partiel %1 n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>Could not write the upload&apos;s file: %1</source>
        <translation>Impossible d&apos;écrire le fichier du téléversement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the partial upload %1: %2</source>
        <translation>Impossible de lire le téléversement partiel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not copy the partial upload %1: %2</source>
        <translation>Impossible de copier le téléversement partiel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make the upload&apos;s bytes durable.</source>
        <translation>Impossible d&apos;écrire durablement les octets du téléversement.</translation>
    </message>
    <message numerus="yes">
        <source>The upload expired: nothing was sent for %n hour(s).</source>
        <translation>
            <numerusform>Le téléversement a expiré&#xa0;: rien n&apos;a été envoyé pendant %n heure.</numerusform>
            <numerusform>Le téléversement a expiré&#xa0;: rien n&apos;a été envoyé pendant %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the upload&apos;s file %1.</source>
        <translation>Impossible de lire le fichier %1 du téléversement.</translation>
    </message>
    <message>
        <source>Could not compute the upload&apos;s SHA-256 (OpenSSL&apos;s libcrypto failed).</source>
        <translation>Impossible de calculer le SHA-256 du téléversement (la libcrypto d&apos;OpenSSL a échoué).</translation>
    </message>
</context>
<context>
    <name>UploadChunk</name>
    <message>
        <source>The chunk goes past the end of the upload.</source>
        <translation>Le bloc dépasse la fin du téléversement.</translation>
    </message>
    <message>
        <source>Could not write the upload&apos;s file: %1</source>
        <translation>Impossible d&apos;écrire le fichier du téléversement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not make the upload&apos;s bytes durable (fdatasync failed).</source>
        <translation>Impossible d&apos;écrire durablement les octets du téléversement (échec de fdatasync).</translation>
    </message>
</context>
<context>
    <name>UploadFingerprint</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Le fichier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A saved upload&apos;s file description is incomplete.</source>
        <translation>La description de fichier d&apos;un téléversement enregistré est incomplète.</translation>
    </message>
</context>
<context>
    <name>UploadListRoutes</name>
    <message>
        <source>Could not list the uploads: %1</source>
        <translation>Impossible de lister les téléversements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UploadRecord</name>
    <message>
        <source>Unknown upload kind &quot;%1&quot;.</source>
        <translation>Type de téléversement inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A saved upload has no id.</source>
        <translation>Un téléversement enregistré n&apos;a pas d&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>UploadRoutes</name>
    <message>
        <source>The parts add up to %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Les parties totalisent %1 octets&#xa0;; ce serveur accepte au plus %2 octets.</translation>
    </message>
    <message>
        <source>Creating an upload needs either Upload-Length or Upload-Defer-Length: 1.</source>
        <translation>La création d&apos;un téléversement nécessite Upload-Length ou Upload-Defer-Length: 1.</translation>
    </message>
    <message>
        <source>The upload is %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Le téléversement fait %1 octets&#xa0;; ce serveur accepte au plus %2 octets.</translation>
    </message>
    <message>
        <source>Data sent with the creation must be application/offset+octet-stream.</source>
        <translation>Les données envoyées lors de la création doivent être de type application/offset+octet-stream.</translation>
    </message>
    <message>
        <source>The body is longer than the upload.</source>
        <translation>Le corps de la requête est plus long que le téléversement.</translation>
    </message>
    <message>
        <source>The data does not match its Upload-Checksum.</source>
        <translation>Les données ne correspondent pas à leur Upload-Checksum.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Le téléversement %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Upload-Defer-Length must be 1.</source>
        <translation>Upload-Defer-Length doit valoir 1.</translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>The list of unfinished uploads is damaged: %1</source>
        <translation>La liste des téléversements inachevés est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list of unfinished uploads has format version %1; this version of Sluice reads version %2.</source>
        <translation>La liste des téléversements inachevés est au format version %1&#xa0;; cette version de Sluice lit la version %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sluice: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open; starting the headless server instead. Use --server to do this on purpose.
</source>
        <translation>sluice&#xa0;: aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis), la fenêtre ne peut donc pas s&apos;ouvrir&#xa0;; démarrage du serveur sans interface à la place. Utilisez --server pour le faire volontairement.
</translation>
    </message>
</context>
<context>
    <name>sluice::ApiClient</name>
    <message>
        <source>The server&apos;s answer to %1 is not a JSON object.</source>
        <translation>La réponse du serveur à %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered %1 to %2.</source>
        <translation>Le serveur a répondu %1 à %2.</translation>
    </message>
</context>
<context>
    <name>sluice::ApiServer</name>
    <message>
        <source>The bind address &quot;%1&quot; (from --bind or server/bind in sluice.ini) is not an IP address.</source>
        <translation>L&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» (de --bind ou de server/bind dans sluice.ini) n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2; is another program using it?</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;; un autre programme l&apos;utilise-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is served at %1.</source>
        <translation>Rien n&apos;est servi à l&apos;adresse %1.</translation>
    </message>
</context>
<context>
    <name>sluice::ChartPage</name>
    <message>
        <source>No dataset</source>
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <source>Choose a dataset to see its charts.</source>
        <translation>Choisissez un jeu de données pour voir ses graphiques.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <source>This dataset has no rows to chart. %1</source>
        <translation>Ce jeu de données n’a aucune ligne à représenter. %1</translation>
    </message>
</context>
<context>
    <name>sluice::ChartsView</name>
    <message>
        <source>Follow live</source>
        <translation>Suivre en direct</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Barres groupées</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Follow live data</source>
        <translation>Suivre les données en direct</translation>
    </message>
    <message>
        <source>Show all the data again and keep up with it</source>
        <translation>Afficher de nouveau toutes les données et suivre leur évolution</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or a PDF document</source>
        <translation>Enregistrer le graphique affiché en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Il n&apos;y a pas encore de graphique à exporter.</translation>
    </message>
    <message>
        <source>A chart is exported as a .png or .pdf file; &quot;%1&quot; is neither.</source>
        <translation>Un graphique s&apos;exporte en fichier .png ou .pdf&#xa0;; «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Impossible d&apos;écrire le graphique dans %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sluice::ChunkSender</name>
    <message>
        <source>Cannot upload to %1: only http and https are supported.</source>
        <translation>Impossible de téléverser vers %1&#xa0;: seuls http et https sont pris en charge.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this client cannot read: %2.</source>
        <translation>Le serveur à l&apos;adresse %1 a envoyé une réponse que ce client ne sait pas lire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No complete answer from the server at %1: %2.</source>
        <translation>Pas de réponse complète du serveur à l&apos;adresse %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server at %1 did not take or answer the upload for %2 s.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a ni accepté ni répondu au téléversement pendant %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ColumnStatisticsModel</name>
    <message>
        <source>Estimated: within ±%1% of the true count with %2% confidence.</source>
        <translation>Estimation&#xa0;: à ±%1&#xa0;% près du nombre réel, avec une confiance de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Estimated.</source>
        <translation>Estimation.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Counted with a sketch: its count may be up to %1 too low.</source>
        <translation>Compté de façon approchée (sketch)&#xa0;: le nombre peut être sous-estimé de %1 au plus.</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>Cells in the column, empty ones included</source>
        <translation>Cellules de la colonne, vides comprises</translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation>Cellules vides</translation>
    </message>
    <message>
        <source>Different values; estimated on large columns</source>
        <translation>Valeurs différentes&#xa0;; estimées sur les grandes colonnes</translation>
    </message>
    <message>
        <source>Sample standard deviation</source>
        <translation>Écart type de l&apos;échantillon</translation>
    </message>
    <message>
        <source>5th percentile: 5% of the values are at most this</source>
        <translation>5e centile&#xa0;: 5&#xa0;% des valeurs sont inférieures ou égales à celle-ci</translation>
    </message>
    <message>
        <source>Median: half of the values are at most this</source>
        <translation>Médiane&#xa0;: la moitié des valeurs sont inférieures ou égales à celle-ci</translation>
    </message>
    <message>
        <source>95th percentile: 95% of the values are at most this</source>
        <translation>95e centile&#xa0;: 95&#xa0;% des valeurs sont inférieures ou égales à celle-ci</translation>
    </message>
    <message>
        <source>The most frequent value, with how often it occurs</source>
        <translation>La valeur la plus fréquente, avec son nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Vides</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distincts</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>p5</source>
        <translation>p5</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Valeur la plus fréquente</translation>
    </message>
    <message>
        <source>Estimated: the value lies between percentiles %1 and %2.</source>
        <translation>Estimation&#xa0;: la valeur se situe entre les centiles %1 et %2.</translation>
    </message>
</context>
<context>
    <name>sluice::ConnectDialog</name>
    <message>
        <source>Reconnect to this server when Sluice starts</source>
        <translation>Se reconnecter à ce serveur au démarrage de Sluice</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>http://192.168.1.20:8420</source>
        <translation>http://192.168.1.20:8420</translation>
    </message>
    <message>
        <source>the 64 hex digits the server&apos;s owner gave you</source>
        <translation>les 64 chiffres hexadécimaux fournis par le propriétaire du serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Otherwise Sluice starts on its embedded server; the address and token are remembered either way.</source>
        <translation>Sinon, Sluice démarre sur son serveur intégré&#xa0;; l&apos;adresse et le jeton sont mémorisés dans tous les cas.</translation>
    </message>
    <message>
        <source>Work with the datasets of another Sluice server. Its owner finds the address and token under Share on LAN.</source>
        <translation>Travailler avec les jeux de données d&apos;un autre serveur Sluice. Son propriétaire trouve l&apos;adresse et le jeton sous «&#xa0;Partager sur le réseau local&#xa0;».</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Use the Embedded Server</source>
        <translation>Utiliser le serveur intégré</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as http://192.168.1.20:8420.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple http://192.168.1.20:8420.</translation>
    </message>
    <message>
        <source>Enter the access token: the server refuses requests without it.</source>
        <translation>Saisissez le jeton d&apos;accès&#xa0;: sans lui, le serveur refuse les requêtes.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ConnectionBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Ask the server again now instead of waiting for the next attempt.</source>
        <translation>Interroger le serveur maintenant au lieu d&apos;attendre la prochaine tentative.</translation>
    </message>
    <message>
        <source>Server unreachable. Reconnecting…</source>
        <translation>Serveur injoignable. Reconnexion…</translation>
    </message>
    <message>
        <source>Server unreachable: %1 Reconnecting…</source>
        <translation>Serveur injoignable&#xa0;: %1 Reconnexion…</translation>
    </message>
    <message>
        <source>The server refused the access token. Reconnecting…</source>
        <translation>Le serveur a refusé le jeton d&apos;accès. Reconnexion…</translation>
    </message>
    <message>
        <source>The server refused the access token: %1 Reconnecting…</source>
        <translation>Le serveur a refusé le jeton d&apos;accès&#xa0;: %1 Reconnexion…</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetDataView</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>The rows could not be loaded: %1</source>
        <translation>Impossible de charger les lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filters</source>
        <translation>%1 lignes sur %2 correspondent aux filtres</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetDelegate</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetListModel</name>
    <message>
        <source>importing %1%</source>
        <translation>importation %1&#xa0;%</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2, %3 rows</source>
        <translation>%1&#xa0;: %2, %3 lignes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetOverview</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>aucun (une seule colonne)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <source>no quoting</source>
        <translation>sans guillemets</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>guillemet %1</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>avec ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>decimal separator %1</source>
        <translation>séparateur décimal %1</translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1 avec indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>démarrée le %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore démarrée</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Lignes rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé&#xa0;:</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>Vide autorisé</translation>
    </message>
    <message>
        <source>Column statistics</source>
        <translation>Statistiques des colonnes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Importing %1%</source>
        <translation>Importation&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The statistics appear here as the import runs.</source>
        <translation>Les statistiques apparaissent ici au fil de l&apos;importation.</translation>
    </message>
    <message>
        <source>No statistics for this dataset.</source>
        <translation>Aucune statistique pour ce jeu de données.</translation>
    </message>
    <message>
        <source>Over the first %1 rows, updating while the import runs.</source>
        <translation>Sur les %1 premières lignes, mises à jour pendant l&apos;importation.</translation>
    </message>
    <message>
        <source>Over all %1 rows. Figures marked ≈ are estimates: hover over one for its error bound.</source>
        <translation>Sur l&apos;ensemble des %1 lignes. Les valeurs marquées ≈ sont des estimations&#xa0;: survolez-en une pour voir sa marge d&apos;erreur.</translation>
    </message>
    <message>
        <source>1 line skipped before the table</source>
        <translation>1 ligne ignorée avant le tableau</translation>
    </message>
    <message>
        <source>%1 lines skipped before the table</source>
        <translation>%1 lignes ignorées avant le tableau</translation>
    </message>
    <message>
        <source>“%1” in the file</source>
        <translation>«&#xa0;%1&#xa0;» dans le fichier</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetPage</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export rows of this dataset to CSV, compressed CSV or ZIP.</source>
        <translation>Exporter les lignes de ce jeu de données en CSV, CSV compressé ou ZIP.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Could not load the dataset: %1</source>
        <translation>Impossible de charger le jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Could not load the statistics: %1</source>
        <translation>Impossible de charger les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Dataset views</source>
        <translation>Vues du jeu de données</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetRowsModel</name>
    <message>
        <source>%1 (%2); click to sort</source>
        <translation>%1 (%2)&#xa0;; cliquez pour trier</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetsPanel</name>
    <message>
        <source>No datasets yet</source>
        <translation>Aucun jeu de données pour l&apos;instant</translation>
    </message>
    <message>
        <source>Drop CSV files on the window, or use Add Files…, to import them.</source>
        <translation>Déposez des fichiers CSV sur la fenêtre, ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;», pour les importer.</translation>
    </message>
    <message>
        <source>Search datasets</source>
        <translation>Rechercher des jeux de données</translation>
    </message>
    <message>
        <source>Could not list the datasets: %1</source>
        <translation>Impossible de lister les jeux de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its rows? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et toutes ses lignes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not rename to &quot;%1&quot;: %2</source>
        <translation>Impossible de renommer en «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
</context>
<context>
    <name>sluice::DropOverlay</name>
    <message>
        <source>Drop to upload</source>
        <translation>Déposez pour téléverser</translation>
    </message>
</context>
<context>
    <name>sluice::EmbeddedServer</name>
    <message>
        <source>Sluice could not be shared on the LAN: %1 It serves this computer only again.</source>
        <translation>Sluice n&apos;a pas pu être partagé sur le réseau local&#xa0;: %1 Il ne sert de nouveau que cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>sluice::EventHub</name>
    <message>
        <source>No WebSocket is served here.</source>
        <translation>Aucun WebSocket n&apos;est servi ici.</translation>
    </message>
    <message>
        <source>Too many clients: the server accepts %1 at a time.</source>
        <translation>Trop de clients&#xa0;: le serveur en accepte %1 à la fois.</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>Les messages sont du texte JSON, pas du binaire.</translation>
    </message>
    <message>
        <source>No answer to the last ping.</source>
        <translation>Aucune réponse au dernier ping.</translation>
    </message>
    <message>
        <source>A message must be a JSON object such as {&quot;subscribe&quot;: [&quot;tasks&quot;]}.</source>
        <translation>Un message doit être un objet JSON, par exemple {&quot;subscribe&quot;: [&quot;tasks&quot;]}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: a message may hold subscribe, unsubscribe, resume and epoch.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;»&#xa0;: un message peut contenir subscribe, unsubscribe, resume et epoch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes an array of topics.</source>
        <translation>«&#xa0;%1&#xa0;» attend un tableau de sujets.</translation>
    </message>
    <message>
        <source>A client may subscribe to at most %1 topics.</source>
        <translation>Un client peut s&apos;abonner à %1 sujets au plus.</translation>
    </message>
    <message>
        <source>Unknown topic(s): %1. Topics are uploads, tasks, datasets, teams and dataset:&lt;id&gt;.</source>
        <translation>Sujet(s) inconnu(s)&#xa0;: %1. Les sujets sont uploads, tasks, datasets, teams et dataset:&lt;id&gt;.</translation>
    </message>
    <message>
        <source>&quot;resume&quot; takes the last sequence number the client saw.</source>
        <translation>«&#xa0;resume&#xa0;» attend le dernier numéro de séquence reçu par le client.</translation>
    </message>
    <message>
        <source>The server restarted since sequence %1.</source>
        <translation>Le serveur a redémarré depuis la séquence %1.</translation>
    </message>
    <message>
        <source>Sequence %1 is ahead of this server&apos;s %2: it restarted.</source>
        <translation>La séquence %1 est en avance sur la séquence %2 de ce serveur&#xa0;: il a redémarré.</translation>
    </message>
    <message>
        <source>Events after sequence %1 are no longer kept.</source>
        <translation>Les événements postérieurs à la séquence %1 ne sont plus conservés.</translation>
    </message>
    <message>
        <source>Too many events were missed since sequence %1 to replay them.</source>
        <translation>Trop d&apos;événements ont été manqués depuis la séquence %1 pour pouvoir les rejouer.</translation>
    </message>
    <message>
        <source>Client too slow: more than %1 bytes unsent.</source>
        <translation>Client trop lent&#xa0;: plus de %1 octets non envoyés.</translation>
    </message>
</context>
<context>
    <name>sluice::EventSocket</name>
    <message>
        <source>The server closed the event stream.</source>
        <translation>Le serveur a fermé le flux d&apos;événements.</translation>
    </message>
    <message>
        <source>The event stream was interrupted: %1</source>
        <translation>Le flux d&apos;événements a été interrompu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ExportDialog</name>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>Indicateur d&apos;ordre des octets (BOM, pour Excel)</translation>
    </message>
    <message>
        <source>Neutralise spreadsheet formulas</source>
        <translation>Neutraliser les formules de tableur</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Exporter un jeu de données</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Columns to export, in order</source>
        <translation>Colonnes à exporter, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Monter la colonne</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descendre la colonne</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Numeric filter column</source>
        <translation>Colonne du filtre numérique</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Text filter column</source>
        <translation>Colonne du filtre texte</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>a value, or several separated by commas</source>
        <translation>une valeur, ou plusieurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>CSV, gzip-compressed (.csv.gz)</source>
        <translation>CSV, compressé avec gzip (.csv.gz)</translation>
    </message>
    <message>
        <source>CSV, Zstandard-compressed (.csv.zst)</source>
        <translation>CSV, compressé avec Zstandard (.csv.zst)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>Archive ZIP</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Text starting with = + - or @ is saved with a leading &apos; so that spreadsheets show it instead of running it</source>
        <translation>Le texte commençant par = + - ou @ est enregistré précédé d&apos;une apostrophe &apos; afin que les tableurs l&apos;affichent au lieu de l&apos;exécuter</translation>
    </message>
    <message>
        <source>Start Export</source>
        <translation>Lancer l&apos;exportation</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Lancer l&apos;exportation</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Plage&#xa0;:</translation>
    </message>
    <message>
        <source>Equals:</source>
        <translation>Égal à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>Could not list the datasets: %1</source>
        <translation>Impossible de lister les jeux de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>There is no ready dataset to export.</source>
        <translation>Aucun jeu de données prêt à exporter.</translation>
    </message>
    <message>
        <source>Could not read the dataset&apos;s columns: %1</source>
        <translation>Impossible de lire les colonnes du jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No date filter</source>
        <translation>Aucun filtre de date</translation>
    </message>
    <message>
        <source>No range filter</source>
        <translation>Aucun filtre de plage</translation>
    </message>
    <message>
        <source>No equals filter</source>
        <translation>Aucun filtre d&apos;égalité</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 rows will be exported</source>
        <translation>%1 lignes seront exportées</translation>
    </message>
    <message>
        <source>Choose a dataset to export.</source>
        <translation>Choisissez un jeu de données à exporter.</translation>
    </message>
    <message>
        <source>The server refused the export: %1</source>
        <translation>Le serveur a refusé l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 row will be exported</source>
        <translation>1 ligne sera exportée</translation>
    </message>
</context>
<context>
    <name>sluice::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sluice::FilePump</name>
    <message>
        <source>The file of this download is no longer there.</source>
        <translation>Le fichier de ce téléchargement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The requested range lies outside the file, which has %1 bytes.</source>
        <translation>La plage demandée se situe hors du fichier, qui fait %1 octets.</translation>
    </message>
    <message>
        <source>Could not read the file of this download.</source>
        <translation>Impossible de lire le fichier de ce téléchargement.</translation>
    </message>
</context>
<context>
    <name>sluice::GateConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>L&apos;en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>A PATCH needs a Content-Length; chunked bodies are not accepted.</source>
        <translation>Un PATCH nécessite un Content-Length&#xa0;; les corps en codage chunked ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>Le corps de la requête fait %1 octets&#xa0;; %2 au plus sont acceptés ici.</translation>
    </message>
    <message numerus="yes">
        <source>The request head did not arrive within %n second(s).</source>
        <translation>
            <numerusform>L&apos;en-tête de la requête n&apos;est pas arrivé en %n seconde.</numerusform>
            <numerusform>L&apos;en-tête de la requête n&apos;est pas arrivé en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::GroupsChart</name>
    <message>
        <source>Group by column</source>
        <translation>Colonne de regroupement</translation>
    </message>
    <message>
        <source>Number of groups shown</source>
        <translation>Nombre de groupes affichés</translation>
    </message>
    <message>
        <source>The largest groups by the measure get a bar each; the rest share one &quot;Other&quot; bar</source>
        <translation>Les groupes les plus grands selon la mesure ont chacun une barre&#xa0;; les autres partagent une barre «&#xa0;Autres&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Top&#xa0;:</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Barres groupées</translation>
    </message>
    <message>
        <source>No text column</source>
        <translation>Aucune colonne de texte</translation>
    </message>
    <message>
        <source>Grouped bars need a column of text, and this dataset has none.</source>
        <translation>Les barres groupées nécessitent une colonne de texte, et ce jeu de données n&apos;en a pas.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>The bars appear as soon as the import has read some rows.</source>
        <translation>Les barres apparaissent dès que l&apos;importation a lu quelques lignes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Asking the server for the groups.</source>
        <translation>Demande des groupes au serveur.</translation>
    </message>
    <message>
        <source>Could not load the groups</source>
        <translation>Impossible de charger les groupes</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Pas encore de groupes</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no values so far.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;a encore aucune valeur.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 rows</source>
        <translation>%1
%2&#xa0;: %3
%4 lignes</translation>
    </message>
</context>
<context>
    <name>sluice::HistogramChart</name>
    <message>
        <source>Histogram column</source>
        <translation>Colonne de l&apos;histogramme</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>No numeric column</source>
        <translation>Aucune colonne numérique</translation>
    </message>
    <message>
        <source>A histogram needs a column of numbers, and this dataset has none.</source>
        <translation>Un histogramme nécessite une colonne de nombres, et ce jeu de données n&apos;en a pas.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>The histogram appears as soon as the import has read some rows.</source>
        <translation>L&apos;histogramme apparaît dès que l&apos;importation a lu quelques lignes.</translation>
    </message>
    <message>
        <source>The histogram appears when the dataset&apos;s statistics have loaded.</source>
        <translation>L&apos;histogramme apparaît une fois les statistiques du jeu de données chargées.</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Pas encore de valeurs</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no numbers so far.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;a encore aucun nombre.</translation>
    </message>
    <message>
        <source>Histogram of %1</source>
        <translation>Histogramme de %1</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1&#xa0;; %2]</translation>
    </message>
    <message>
        <source>[%1, %2)</source>
        <translation>[%1&#xa0;; %2[</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
</context>
<context>
    <name>sluice::MainWindow</name>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
    <message>
        <source>Drop CSV files here</source>
        <translation>Déposez des fichiers CSV ici</translation>
    </message>
    <message>
        <source>Sluice uploads them, imports the rows and works out statistics while it runs. Plain CSV or compressed: .gz, .bz2, .xz, .zst, .zip. Folders work too.</source>
        <translation>Sluice les téléverse, importe les lignes et calcule les statistiques au fil de l&apos;importation. CSV brut ou compressé&#xa0;: .gz, .bz2, .xz, .zst, .zip. Les dossiers sont aussi acceptés.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Téléversements</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No CSV files found in %1</source>
        <translation>Aucun fichier CSV trouvé dans %1</translation>
    </message>
    <message>
        <source>Found 1 CSV file in %1</source>
        <translation>1 fichier CSV trouvé dans %1</translation>
    </message>
    <message>
        <source>Found %1 CSV files in %2</source>
        <translation>%1 fichiers CSV trouvés dans %2</translation>
    </message>
    <message>
        <source>The list of unfinished uploads could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la liste des téléversements inachevés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose CSV files to upload and import.</source>
        <translation>Choisir des fichiers CSV à téléverser et importer.</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose a folder: every CSV file in it and its subfolders is uploaded.</source>
        <translation>Choisir un dossier&#xa0;: chaque fichier CSV qu&apos;il contient, sous-dossiers compris, est téléversé.</translation>
    </message>
    <message>
        <source>Share on &amp;LAN</source>
        <translation>Partager sur le &amp;réseau local</translation>
    </message>
    <message>
        <source>Let colleagues on your network use this computer&apos;s server, with its token.</source>
        <translation>Permettre aux collègues de votre réseau d&apos;utiliser le serveur de cet ordinateur, avec son jeton.</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work with another Sluice server, or go back to the embedded one.</source>
        <translation>Travailler avec un autre serveur Sluice, ou revenir au serveur intégré.</translation>
    </message>
    <message>
        <source>Copy Server Address</source>
        <translation>Copier l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>Copy the address of the server in use, for scripts and colleagues.</source>
        <translation>Copier l&apos;adresse du serveur utilisé, pour les scripts et les collègues.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export rows of a dataset to CSV, compressed CSV or ZIP, as a task.</source>
        <translation>Exporter les lignes d&apos;un jeu de données en CSV, CSV compressé ou ZIP, sous forme de tâche.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Data directory, port, uploads and language.</source>
        <translation>Dossier de données, port, téléversements et langue.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation>À &amp;propos de Sluice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Uploading 1 file</source>
        <translation>Téléversement d&apos;un fichier</translation>
    </message>
    <message>
        <source>Uploading %1 files</source>
        <translation>Téléversement de %1 fichiers</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip *.tar)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip *.tar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>The server could not be remembered: %1</source>
        <translation>Impossible de mémoriser la connexion au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings saved. Some take effect when Sluice restarts.</source>
        <translation>Paramètres enregistrés. Certains prendront effet au redémarrage de Sluice.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation>À propos de Sluice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Move CSV data in, get answers out.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Des données CSV en entrée, des réponses en sortie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop to upload every CSV file in this folder</source>
        <translation>Déposez pour téléverser chaque fichier CSV de ce dossier</translation>
    </message>
    <message>
        <source>Drop to upload this file</source>
        <translation>Déposez pour téléverser ce fichier</translation>
    </message>
    <message>
        <source>Drop to upload these %1 items</source>
        <translation>Déposez pour téléverser ces %1 éléments</translation>
    </message>
    <message>
        <source>&amp;Pause All Uploads</source>
        <translation>Mettre tous les envois en &amp;pause</translation>
    </message>
    <message>
        <source>Pause every upload; resume them from the Uploads panel.</source>
        <translation>Met tous les envois en pause&#xa0;; reprenez-les depuis le panneau Envois.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>The teams reference table and its imports.</source>
        <translation>La table de référence des équipes et ses imports.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the teams on the Teams page, else the datasets.</source>
        <translation>Recherche les équipes sur la page Équipes, sinon les jeux de données.</translation>
    </message>
    <message>
        <source>Drop to import these teams</source>
        <translation>Déposez pour importer ces équipes</translation>
    </message>
</context>
<context>
    <name>sluice::MeasurePicker</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Somme de</translation>
    </message>
    <message>
        <source>Mean of</source>
        <translation>Moyenne de</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>What each point or bar is worth: the number of rows, or the sum or mean of a column</source>
        <translation>Ce que vaut chaque point ou barre&#xa0;: le nombre de lignes, ou la somme ou la moyenne d&apos;une colonne</translation>
    </message>
    <message>
        <source>Measured column</source>
        <translation>Colonne mesurée</translation>
    </message>
</context>
<context>
    <name>sluice::PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>sluice::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
</context>
<context>
    <name>sluice::RejectedRowsView</name>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Save every rejected row, with its line and reason, as a CSV file.</source>
        <translation>Enregistrer chaque ligne rejetée, avec son numéro de ligne et son motif, dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Could not load the rejected rows: %1</source>
        <translation>Impossible de charger les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Could not save the rejected rows: %1</source>
        <translation>Impossible d&apos;enregistrer les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 row was rejected: here with its line in the file and the reason.</source>
        <translation>1 ligne a été rejetée&#xa0;: la voici avec son numéro de ligne dans le fichier et la raison.</translation>
    </message>
    <message>
        <source>%1 rows were rejected: here with their lines in the file and the reasons.</source>
        <translation>%1 lignes ont été rejetées&#xa0;: les voici avec leurs numéros de ligne dans le fichier et les raisons.</translation>
    </message>
</context>
<context>
    <name>sluice::ResultDownloader</name>
    <message>
        <source>The download was interrupted.</source>
        <translation>Le téléchargement a été interrompu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent a different part of the result than asked.</source>
        <translation>Le serveur a envoyé une autre partie du résultat que celle demandée.</translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation>Le téléchargement s&apos;est arrêté après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>sluice::RowFilterBar</name>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <source>Add Filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Colonne du filtre</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Opérateur du filtre</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Valeur du filtre</translation>
    </message>
    <message>
        <source>Show only the rows that match this condition too.</source>
        <translation>N&apos;afficher que les lignes qui remplissent aussi cette condition.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a value to compare %1 with.</source>
        <translation>Saisissez une valeur à comparer avec %1.</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDThh:mm:ss</source>
        <translation>AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ss</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Showing rows where %1</source>
        <translation>Lignes affichées&#xa0;: celles où %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 fait partie de %2</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 n&apos;est pas vide</translation>
    </message>
</context>
<context>
    <name>sluice::ServerStatusLabel</name>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Embedded server did not start</source>
        <translation>Le serveur intégré n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Starting the embedded server…</source>
        <translation>Démarrage du serveur intégré…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Jeton d&apos;accès refusé</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
</context>
<context>
    <name>sluice::SettingsDialog</name>
    <message>
        <source>Automatic (adapts to the connection)</source>
        <translation>Automatique (s&apos;adapte à la connexion)</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Port of the embedded server</source>
        <translation>Port du serveur intégré</translation>
    </message>
    <message>
        <source>0 lets the system pick any free port.</source>
        <translation>Avec 0, le système choisit n&apos;importe quel port libre.</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>Téléversements en parallèle</translation>
    </message>
    <message>
        <source>Automatic chunk size</source>
        <translation>Taille de bloc automatique</translation>
    </message>
    <message>
        <source>Limit the chunk size</source>
        <translation>Limiter la taille des blocs</translation>
    </message>
    <message>
        <source>Chunk size in MiB</source>
        <translation>Taille de bloc en Mio</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Parallel uploads:</source>
        <translation>Téléversements en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Chunk size:</source>
        <translation>Taille des blocs&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The data directory, port, chunk size and language take effect when Sluice restarts. Parallel uploads change at once.</source>
        <translation>Le dossier de données, le port, la taille des blocs et la langue prennent effet au redémarrage de Sluice. Le nombre de téléversements en parallèle change immédiatement.</translation>
    </message>
    <message>
        <source>Data Directory</source>
        <translation>Dossier de données</translation>
    </message>
</context>
<context>
    <name>sluice::ShareDialog</name>
    <message>
        <source>Anyone on your network who has this token can read, change and delete every dataset on this server. Give it only to people you trust, over a private channel, and turn sharing off when they are done.</source>
        <translation>Toute personne de votre réseau disposant de ce jeton peut lire, modifier et supprimer tous les jeux de données de ce serveur. Ne le confiez qu&apos;à des personnes de confiance, par un canal privé, et désactivez le partage quand elles ont terminé.</translation>
    </message>
    <message>
        <source>Sharing on the Local Network</source>
        <translation>Partage sur le réseau local</translation>
    </message>
    <message>
        <source>This computer has no network address others can reach: connect it to a network, then turn sharing off and on again.</source>
        <translation>Cet ordinateur n&apos;a aucune adresse réseau joignable par d&apos;autres&#xa0;: connectez-le à un réseau, puis désactivez et réactivez le partage.</translation>
    </message>
    <message>
        <source>Colleagues connect with File › Connect to Server… in Sluice (or any HTTP client) using one of these addresses and the token:</source>
        <translation>Vos collègues se connectent avec Fichier › Se connecter à un serveur… dans Sluice (ou avec n&apos;importe quel client HTTP) en utilisant l&apos;une de ces adresses et le jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>sluice::TaskEngine</name>
    <message>
        <source>Could not make the exports folder %1.</source>
        <translation>Impossible de créer le dossier des exportations %1.</translation>
    </message>
    <message>
        <source>Canceled (the program stopped before the task did).</source>
        <translation>Annulée (le programme s&apos;est arrêté avant la tâche).</translation>
    </message>
    <message>
        <source>The task was interrupted %1 times by the program stopping and is not tried again.</source>
        <translation>La tâche a été interrompue %1 fois par l&apos;arrêt du programme et ne sera plus relancée.</translation>
    </message>
    <message>
        <source>Interrupted when the program stopped; queued to start again.</source>
        <translation>Interrompue à l&apos;arrêt du programme&#xa0;; remise en file d&apos;attente pour redémarrer.</translation>
    </message>
    <message>
        <source>Stopped with the program; it starts again at the next start.</source>
        <translation>Arrêtée avec le programme&#xa0;; elle redémarrera au prochain lancement.</translation>
    </message>
    <message>
        <source>The task engine is not running.</source>
        <translation>Le moteur de tâches ne fonctionne pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task type.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de tâche.</translation>
    </message>
    <message>
        <source>Task %1 has already finished (%2): there is nothing to cancel.</source>
        <translation>La tâche %1 est déjà terminée (%2)&#xa0;: il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Canceled before it started.</source>
        <translation>Annulée avant son démarrage.</translation>
    </message>
</context>
<context>
    <name>sluice::TaskTableModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Parameters:
%1</source>
        <translation>Paramètres&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Teams import</source>
        <translation>Importation d&apos;équipes</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>annulation en cours</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>sluice::TaskWorker</name>
    <message>
        <source>The task could not start: its worker has no database connection.</source>
        <translation>La tâche n&apos;a pas pu démarrer&#xa0;: son exécuteur n&apos;a pas de connexion à la base de données.</translation>
    </message>
    <message>
        <source>Canceled before it started.</source>
        <translation>Annulée avant son démarrage.</translation>
    </message>
    <message>
        <source>There is no runner for tasks of type &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas d&apos;exécuteur pour les tâches de type «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminée.</translation>
    </message>
    <message>
        <source>Stopped with the program; it starts again at the next start.</source>
        <translation>Arrêtée avec le programme&#xa0;; elle redémarrera au prochain lancement.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>sluice::TasksPanel</name>
    <message>
        <source>No tasks</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Imports and exports run here as tasks. Use File ▸ Export… to export a dataset; you can watch, cancel and download them here.</source>
        <translation>Les importations et exportations s&apos;exécutent ici sous forme de tâches. Utilisez Fichier ▸ Exporter… pour exporter un jeu de données&#xa0;; vous pouvez les suivre, les annuler et les télécharger ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>Annuler la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Save the selected task&apos;s result to a file</source>
        <translation>Enregistrer le résultat de la tâche sélectionnée dans un fichier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected task and its result from the server</source>
        <translation>Supprimer la tâche sélectionnée et son résultat du serveur</translation>
    </message>
    <message>
        <source>Resume Download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Continue the interrupted download from where it stopped</source>
        <translation>Reprendre le téléchargement interrompu là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the downloaded file</source>
        <translation>Ouvrir le dossier du fichier téléchargé</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>État de la tâche</translation>
    </message>
    <message>
        <source>Could not list the tasks: %1</source>
        <translation>Impossible de lister les tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not cancel the task: %1</source>
        <translation>Impossible d&apos;annuler la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the task: %1</source>
        <translation>Impossible de supprimer la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Enregistrer l&apos;exportation</translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation>Téléchargement vers %1…</translation>
    </message>
    <message>
        <source>Download interrupted: %1</source>
        <translation>Téléchargement interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming the download…</source>
        <translation>Reprise du téléchargement…</translation>
    </message>
</context>
<context>
    <name>sluice::TeamRejectionsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID d&apos;équipe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Row as Written</source>
        <translation>Ligne telle qu&apos;écrite</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsImportReportView</name>
    <message>
        <source>Accepted rows</source>
        <translation>Lignes acceptées</translation>
    </message>
    <message>
        <source>New teams</source>
        <translation>Nouvelles équipes</translation>
    </message>
    <message>
        <source>Updated teams</source>
        <translation>Équipes mises à jour</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Save Rejects as CSV…</source>
        <translation>Enregistrer les rejets en CSV…</translation>
    </message>
    <message>
        <source>Latest teams import</source>
        <translation>Dernière importation d&apos;équipes</translation>
    </message>
    <message>
        <source>Teams import progress</source>
        <translation>Progression de l&apos;importation d&apos;équipes</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Acceptées&#xa0;:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouvelles&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Save every rejected row, with its line and reason, as a CSV file</source>
        <translation>Enregistrer chaque ligne rejetée, avec son numéro de ligne et son motif, dans un fichier CSV</translation>
    </message>
    <message>
        <source>No teams import yet</source>
        <translation>Aucune importation d&apos;équipes pour l&apos;instant</translation>
    </message>
    <message>
        <source>Latest teams import: %1</source>
        <translation>Dernière importation d&apos;équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a teams file to see what was accepted and rejected.</source>
        <translation>Importez un fichier d&apos;équipes pour voir ce qui a été accepté et rejeté.</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed, nothing was changed: %1</source>
        <translation>Échec, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canceled, nothing was changed.</source>
        <translation>Annulée, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Columns that are not teams columns were ignored: %1</source>
        <translation>Les colonnes qui ne sont pas des colonnes d&apos;équipe ont été ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the rejected rows: %1</source>
        <translation>Impossible de charger les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows; the saved CSV has all of them.</source>
        <translation>Affichage des %1 premières lignes rejetées sur %2&#xa0;; le CSV enregistré les contient toutes.</translation>
    </message>
    <message>
        <source>teams-rejects.csv</source>
        <translation>equipes-rejets.csv</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-rejets.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>Il n&apos;y a aucune ligne rejetée à enregistrer.</translation>
    </message>
    <message>
        <source>Saving the rejected rows to %1…</source>
        <translation>Enregistrement des lignes rejetées dans %1…</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1</source>
        <translation>Lignes rejetées enregistrées dans %1</translation>
    </message>
    <message>
        <source>Could not save the rejected rows: %1</source>
        <translation>Impossible d&apos;enregistrer les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the rejected rows</source>
        <translation>Enregistrement des lignes rejetées</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsPage</name>
    <message>
        <source>Import a CSV file of teams with a header line. Its columns: %1 (required) and %2 (optional). Click Import Teams… or drop the file on this page; rows whose team_id is already known update that team.</source>
        <translation>Importez un fichier CSV d&apos;équipes avec une ligne d&apos;en-tête. Ses colonnes&#xa0;: %1 (obligatoires) et %2 (facultatives). Cliquez sur «&#xa0;Importer des équipes…&#xa0;» ou déposez le fichier sur cette page&#xa0;; les lignes dont le team_id est déjà connu mettent à jour cette équipe.</translation>
    </message>
    <message>
        <source>Import Teams…</source>
        <translation>Importer des équipes…</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l&apos;instant</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Import Teams</source>
        <translation>Importer des équipes</translation>
    </message>
    <message>
        <source>Upload a CSV file of teams; the server adds new teams and updates known ones</source>
        <translation>Téléverser un fichier CSV d&apos;équipes&#xa0;; le serveur ajoute les nouvelles équipes et met à jour celles qu&apos;il connaît</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Rechercher des équipes</translation>
    </message>
    <message>
        <source>Search team ID, name or region</source>
        <translation>Rechercher par ID d&apos;équipe, nom ou région</translation>
    </message>
    <message>
        <source>Could not look up the latest teams import: %1</source>
        <translation>Impossible de consulter la dernière importation d&apos;équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the teams: %1</source>
        <translation>Impossible de lister les équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a teams file (a file is needed, not a folder or a missing path): %1</source>
        <translation>Pas un fichier d&apos;équipes (il faut un fichier, pas un dossier ni un chemin inexistant)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teams files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip)</source>
        <translation>Fichiers d&apos;équipes (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Waiting to upload %1…</source>
        <translation>%1 en attente de téléversement…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <source>The upload of %1 is paused; resume it in Uploads.</source>
        <translation>Le téléversement de %1 est en pause&#xa0;; reprenez-le dans «&#xa0;Téléversements&#xa0;».</translation>
    </message>
    <message>
        <source>The server already had %1 (the same bytes) and imported it then; it is not imported again. Change the file to import it anew.</source>
        <translation>Le serveur avait déjà %1 (les mêmes octets) et l&apos;a importé à ce moment-là&#xa0;; il n&apos;est pas importé de nouveau. Modifiez le fichier pour l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>Uploaded %1; the server is importing it.</source>
        <translation>%1 téléversé&#xa0;; le serveur l&apos;importe.</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>Impossible de téléverser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The upload of %1 was canceled.</source>
        <translation>Le téléversement de %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsTableModel</name>
    <message>
        <source>Team ID</source>
        <translation>ID d&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Lead Email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondée le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>sluice::TimeSeriesChart</name>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de date</translation>
    </message>
    <message>
        <source>Time bucket</source>
        <translation>Intervalle de temps</translation>
    </message>
    <message>
        <source>Hours need a column with times; weeks start on Monday; all in UTC</source>
        <translation>Le découpage par heure nécessite une colonne avec des heures&#xa0;; les semaines commencent le lundi&#xa0;; tout est en UTC</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>Colonne de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>No date column</source>
        <translation>Aucune colonne de date</translation>
    </message>
    <message>
        <source>A time series needs a column of dates or times, and this dataset has none.</source>
        <translation>Une série temporelle nécessite une colonne de dates ou d&apos;heures, et ce jeu de données n&apos;en a pas.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>The series appears as soon as the import has read some rows.</source>
        <translation>La série apparaît dès que l&apos;importation a lu quelques lignes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Asking the server for the series.</source>
        <translation>Demande de la série au serveur.</translation>
    </message>
    <message>
        <source>Could not load the series</source>
        <translation>Impossible de charger la série</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Pas encore de dates</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no dates so far.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;a encore aucune date.</translation>
    </message>
    <message>
        <source>%1 by %2 of %3</source>
        <translation>%1 par %2 de %3</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 rows</source>
        <translation>%1
%2&#xa0;: %3
%4 lignes</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>Week %1 of %2, from %3</source>
        <translation>Semaine %1 de %2, à partir du %3</translation>
    </message>
</context>
<context>
    <name>sluice::TusService</name>
    <message>
        <source>A PATCH body must be sent as application/offset+octet-stream.</source>
        <translation>Le corps d&apos;un PATCH doit être envoyé en application/offset+octet-stream.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Le téléversement %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The upload %1 is %2 and takes no more bytes.</source>
        <translation>Le téléversement %1 est à l&apos;état %2 et n&apos;accepte plus d&apos;octets.</translation>
    </message>
    <message>
        <source>The upload is at byte %1, not at byte %2: ask for its offset (HEAD) and resume from there.</source>
        <translation>Le téléversement en est à l&apos;octet %1, pas à l&apos;octet %2&#xa0;: demandez son décalage (HEAD) et reprenez à partir de là.</translation>
    </message>
    <message>
        <source>The chunk has %1 bytes, but only %2 more fit in the upload.</source>
        <translation>Le bloc fait %1 octets, mais seuls %2 de plus tiennent dans le téléversement.</translation>
    </message>
    <message>
        <source>The chunk does not match its Upload-Checksum; it was not applied, so send it again.</source>
        <translation>Le bloc ne correspond pas à son Upload-Checksum&#xa0;; il n&apos;a pas été appliqué, renvoyez-le donc.</translation>
    </message>
</context>
<context>
    <name>sluice::TusUploader</name>
    <message>
        <source>Canceled here, but the server could not be told to discard the partial upload: %1</source>
        <translation>Annulé ici, mais le serveur n&apos;a pas pu être informé qu&apos;il doit supprimer le téléversement partiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Abandon après %1 tentatives&#xa0;: %2</translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation>Nouvelle tentative dans %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>A chunk arrived damaged (checksum mismatch).</source>
        <translation>Un bloc est arrivé endommagé (somme de contrôle incorrecte).</translation>
    </message>
    <message>
        <source>%1 changed since its upload began; uploading it again from the start.</source>
        <translation>%1 a changé depuis le début de son téléversement&#xa0;; il est téléversé de nouveau depuis le début.</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts (%2 bytes).</source>
        <translation>%1 dépasse la taille acceptée par le serveur (%2 octets).</translation>
    </message>
    <message>
        <source>The server created the upload but did not say where.</source>
        <translation>Le serveur a créé le téléversement sans indiquer où.</translation>
    </message>
    <message>
        <source>Already on the server: nothing needed to be sent.</source>
        <translation>Déjà sur le serveur&#xa0;: rien n&apos;a eu besoin d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>The server did not say how much of the upload it has.</source>
        <translation>Le serveur n&apos;a pas indiqué quelle part du téléversement il possède.</translation>
    </message>
    <message>
        <source>The server keeps losing this upload.</source>
        <translation>Le serveur perd sans cesse ce téléversement.</translation>
    </message>
    <message>
        <source>The server no longer had this upload; it starts again from the beginning.</source>
        <translation>Le serveur n&apos;avait plus ce téléversement&#xa0;; il recommence depuis le début.</translation>
    </message>
</context>
<context>
    <name>sluice::UploadTableModel</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>hashing</source>
        <translation>calcul de l&apos;empreinte</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>already uploaded</source>
        <translation>déjà téléversé</translation>
    </message>
    <message>
        <source>waiting to import</source>
        <translation>en attente d&apos;importation</translation>
    </message>
    <message>
        <source>importing %1%…</source>
        <translation>importation %1&#xa0;%…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation>échec de l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>hashing %1%</source>
        <translation>empreinte %1&#xa0;%</translation>
    </message>
    <message>
        <source>import %1%</source>
        <translation>importation %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>sluice::UploadsPanel</name>
    <message>
        <source>No uploads</source>
        <translation>Aucun téléversement</translation>
    </message>
    <message>
        <source>Drop CSV files or folders on the window, or use Add Files…, to upload and import them. You can pause, resume or cancel them here.</source>
        <translation>Déposez des fichiers CSV ou des dossiers sur la fenêtre, ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;», pour les téléverser et les importer. Vous pouvez les mettre en pause, les reprendre ou les annuler ici.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Mettre en pause les téléversements sélectionnés</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the selected uploads</source>
        <translation>Reprendre les téléversements sélectionnés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected uploads</source>
        <translation>Annuler les téléversements sélectionnés</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry the selected failed uploads</source>
        <translation>Réessayer les téléversements sélectionnés en échec</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>Remove uploads that are done or canceled from the list</source>
        <translation>Retirer de la liste les téléversements terminés ou annulés</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Pause every upload</source>
        <translation>Mettre en pause tous les téléversements</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Resume every paused upload</source>
        <translation>Reprendre tous les téléversements en pause</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
</context>
</TS>
