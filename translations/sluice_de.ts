<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessToken</name>
    <message>
        <source>Could not read the access token file %1: %2</source>
        <translation>Die Zugriffstoken-Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is damaged (expected 64 hex digits). Delete it to make a new token.</source>
        <translation>Die Zugriffstoken-Datei %1 ist beschädigt (erwartet werden 64 Hexadezimalziffern). Löschen Sie sie, um ein neues Token zu erzeugen.</translation>
    </message>
    <message>
        <source>Could not create the access token file %1: %2</source>
        <translation>Die Zugriffstoken-Datei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the access token file %1: %2</source>
        <translation>Die Zugriffstoken-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not start reading %1: out of memory.</source>
        <translation>%1 konnte nicht gelesen werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. The file may be truncated or damaged.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Die Datei ist möglicherweise unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 ist beschädigt oder unvollständig: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; Sluice cannot read password-protected archives. Extract it first.</source>
        <translation>%1 ist verschlüsselt; Sluice kann keine passwortgeschützten Archive lesen. Entpacken Sie es zuerst.</translation>
    </message>
    <message>
        <source>An input of %1 can no longer be read: the next input was already opened.</source>
        <translation>Eine Eingabe aus %1 kann nicht mehr gelesen werden: Die nächste Eingabe wurde bereits geöffnet.</translation>
    </message>
    <message>
        <source>%1 decompresses to more than %2 bytes, the limit for one input. Reading was stopped; it may be a decompression bomb.</source>
        <translation>%1 wird entpackt größer als %2 Byte, die Grenze für eine Eingabe. Das Lesen wurde abgebrochen; es könnte sich um eine Dekompressionsbombe handeln.</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 bytes from %4 compressed bytes), the limit. Reading was stopped; it looks like a decompression bomb.</source>
        <translation>%1 wird beim Entpacken mehr als %2-mal so groß (%3 Byte aus %4 komprimierten Byte), die Grenze. Das Lesen wurde abgebrochen; es sieht nach einer Dekompressionsbombe aus.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ChartMeasure</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Summe von %1</translation>
    </message>
    <message>
        <source>Mean of %1</source>
        <translation>Mittelwert von %1</translation>
    </message>
</context>
<context>
    <name>ChunkDigests</name>
    <message>
        <source>Cannot read %1 bytes at byte %2 of %3: %4</source>
        <translation>%1 Bytes ab Byte %2 von %3 können nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>the file is shorter</source>
        <translation>die Datei ist kürzer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the API server headless, without a window.</source>
        <translation>Den API-Server ohne Fenster (headless) ausführen.</translation>
    </message>
    <message>
        <source>Address the server listens on (default 127.0.0.1; 0.0.0.0 for the LAN).</source>
        <translation>Adresse, auf der der Server lauscht (Standard 127.0.0.1; 0.0.0.0 für das LAN).</translation>
    </message>
    <message>
        <source>Port the server listens on (default 8420; 0 = any free port).</source>
        <translation>Port, auf dem der Server lauscht (Standard 8420; 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Directory for the database, uploads, exports, settings and token.</source>
        <translation>Verzeichnis für Datenbank, Uploads, Exporte, Einstellungen und Token.</translation>
    </message>
    <message>
        <source>Logging rules, e.g. &quot;sluice.*.debug=true&quot;.</source>
        <translation>Protokollierungsregeln, z. B. „sluice.*.debug=true“.</translation>
    </message>
    <message>
        <source>Sluice: move CSV data in, get answers out.</source>
        <translation>Sluice: CSV-Daten hinein, Antworten heraus.</translation>
    </message>
    <message>
        <source>CSV files to upload (desktop only).</source>
        <translation>Hochzuladende CSV-Dateien (nur Desktop-Anwendung).</translation>
    </message>
    <message>
        <source>`sluice inspect FILE` shows how a CSV file is read (see `sluice inspect --help`).</source>
        <translation>`sluice inspect FILE` zeigt, wie eine CSV-Datei gelesen wird (siehe `sluice inspect --help`).</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535).</source>
        <translation>--port: „%1“ ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>--server takes no files; upload them through the API instead: %1</source>
        <translation>--server nimmt keine Dateien an; laden Sie sie stattdessen über die API hoch: %1</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes.</source>
        <translation>Der Eintrag ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation>Das Feld ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it may be binary or in another encoding.</source>
        <translation>Die Datei enthält ein NUL-Byte; sie ist möglicherweise binär oder anders kodiert.</translation>
    </message>
    <message>
        <source>the record has more than %1 columns.</source>
        <translation>Der Eintrag hat mehr als %1 Spalten.</translation>
    </message>
    <message>
        <source>the quoted field is not closed before the end of the file.</source>
        <translation>Das Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>%1 is not open for reading.</source>
        <translation>%1 ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory was given.</source>
        <translation>Es wurde kein Datenverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create %1 in the data directory %2.</source>
        <translation>%1 konnte im Datenverzeichnis %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Sluice (process %1 on %2) is already using the data directory %3. Stop it first, or start with --data-dir and another directory.</source>
        <translation>Ein anderes Sluice (Prozess %1 auf %2) verwendet das Datenverzeichnis %3 bereits. Beenden Sie es zuerst oder starten Sie mit --data-dir und einem anderen Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not create the lock file in the data directory %1.</source>
        <translation>Die Sperrdatei im Datenverzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DataDirectoryChoice</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The data directory must be a full path, not &quot;%1&quot;.</source>
        <translation>Das Datenverzeichnis muss ein vollständiger Pfad sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Sluice cannot write to %1.</source>
        <translation>Sluice kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be created in.</source>
        <translation>%1 existiert nicht, und auch der Ordner, in dem es angelegt würde, existiert nicht.</translation>
    </message>
    <message>
        <source>Sluice cannot create %1: its folder is read-only.</source>
        <translation>Sluice kann %1 nicht anlegen: Der übergeordnete Ordner ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>Die Datenbank hat „%1“ abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>DatasetCatalog</name>
    <message>
        <source>The catalog query failed: %1</source>
        <translation>Die Katalogabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation>Es gibt keinen Datensatz %1.</translation>
    </message>
    <message>
        <source>Could not record a rejected row: %1</source>
        <translation>Eine abgelehnte Zeile konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Ein Datensatz braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>DatasetErrorList</name>
    <message>
        <source>Could not read the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>Could not read dataset %1: %2</source>
        <translation>Datensatz %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Exports need the SQLite database.</source>
        <translation>Exporte benötigen die SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The export has no columns.</source>
        <translation>Der Export hat keine Spalten.</translation>
    </message>
    <message>
        <source>Could not move the finished export to %1.</source>
        <translation>Der fertige Export konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The export wrote %1 rows where %2 were counted.</source>
        <translation>Der Export hat %1 Zeilen geschrieben, gezählt wurden aber %2.</translation>
    </message>
    <message>
        <source>Exports need the database in a file.</source>
        <translation>Exporte benötigen die Datenbank als Datei.</translation>
    </message>
    <message>
        <source>Could not start the threads of the export.</source>
        <translation>Die Threads des Exports konnten nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>%1 holds no CSV file (passed over: %2).</source>
        <translation>%1 enthält keine CSV-Datei (übersprungen: %2).</translation>
    </message>
    <message>
        <source>%1 has no input number %2.</source>
        <translation>%1 hat keine Eingabe Nummer %2.</translation>
    </message>
</context>
<context>
    <name>DatasetRoutes</name>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Der Body ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;name&quot;: &quot;...&quot;}.</source>
        <translation>Der Body muss ein JSON-Objekt sein, etwa {&quot;name&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Only the name of a dataset can be changed, not &quot;%1&quot;.</source>
        <translation>Nur der Name eines Datensatzes kann geändert werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>name must be a string.</source>
        <translation>name muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Ein Datensatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A dataset&apos;s name may have at most %1 characters.</source>
        <translation>Der Name eines Datensatzes darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A dataset&apos;s name may not hold control characters.</source>
        <translation>Der Name eines Datensatzes darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Dataset %1 is still importing; cancel its import task first, or wait until it finishes.</source>
        <translation>Datensatz %1 wird noch importiert; brechen Sie zuerst seine Importaufgabe ab oder warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Dataset %1 is still importing; its profile is stored when the import finishes. Subscribe to the dataset&apos;s events for partial results.</source>
        <translation>Datensatz %1 wird noch importiert; sein Profil wird gespeichert, wenn der Import fertig ist. Abonnieren Sie die Ereignisse des Datensatzes für Zwischenergebnisse.</translation>
    </message>
    <message>
        <source>Dataset %1 has no rows: its import did not complete (%2).</source>
        <translation>Datensatz %1 hat keine Zeilen: Sein Import wurde nicht abgeschlossen (%2).</translation>
    </message>
</context>
<context>
    <name>DocsRoutes</name>
    <message>
        <source>The documentation page is missing from the build.</source>
        <translation>Die Dokumentationsseite fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>EventRoutes</name>
    <message>
        <source>%1 is a WebSocket: connect with &quot;Upgrade: websocket&quot;.</source>
        <translation>%1 ist ein WebSocket: Verbinden Sie sich mit „Upgrade: websocket“.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not create the export file %1: %2</source>
        <translation>Die Exportdatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not start the compressor.</source>
        <translation>Der Kompressor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not start the %1 compressor: %2</source>
        <translation>Der %1-Kompressor konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not start the export file %1: %2</source>
        <translation>Die Exportdatei %1 konnte nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>Could not write the export file %1: %2</source>
        <translation>Die Exportdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not compress the export: %1</source>
        <translation>Der Export konnte nicht komprimiert werden: %1</translation>
    </message>
    <message>
        <source>Could not finish the export file %1: %2</source>
        <translation>Die Exportdatei %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not compute the SHA-256 of the export file %1.</source>
        <translation>Die SHA-256-Prüfsumme der Exportdatei %1 konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>ExportParameters</name>
    <message>
        <source>%1 must be an array of column names.</source>
        <translation>%1 muss ein Array von Spaltennamen sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export parameter.</source>
        <translation>„%1“ ist kein Exportparameter.</translation>
    </message>
    <message>
        <source>datasetId must be the id of a dataset.</source>
        <translation>datasetId muss die ID eines Datensatzes sein.</translation>
    </message>
    <message>
        <source>filters must be an array of filter objects.</source>
        <translation>filters muss ein Array von Filterobjekten sein.</translation>
    </message>
    <message>
        <source>format must be one of csv, csv.gz, csv.zst and zip.</source>
        <translation>format muss csv, csv.gz, csv.zst oder zip sein.</translation>
    </message>
    <message>
        <source>delimiter must be one of &quot;,&quot;, &quot;;&quot;, &quot;|&quot; and a tab.</source>
        <translation>delimiter muss &quot;,&quot;, &quot;;&quot;, &quot;|&quot; oder ein Tabulator sein.</translation>
    </message>
    <message>
        <source>Dataset %1 is %2; only a ready dataset can be exported.</source>
        <translation>Datensatz %1 hat den Status %2; nur ein fertiger Datensatz kann exportiert werden.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is listed twice in columns.</source>
        <translation>Die Spalte „%1“ steht zweimal in columns.</translation>
    </message>
</context>
<context>
    <name>ExportScanner</name>
    <message>
        <source>Could not open the database to export dataset %1: %2</source>
        <translation>Die Datenbank konnte für den Export von Datensatz %1 nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read dataset %1: %2</source>
        <translation>Datensatz %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Could not count the rows of dataset %1: %2</source>
        <translation>Die Zeilen von Datensatz %1 konnten nicht gezählt werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportTaskRunner</name>
    <message>
        <source>Exporting rows…</source>
        <translation>Zeilen werden exportiert…</translation>
    </message>
    <message>
        <source>Exported 0 rows: no row matches the filters.</source>
        <translation>0 Zeilen exportiert: Keine Zeile passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Exported 1 row.</source>
        <translation>1 Zeile exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>%1 Zeilen exportiert.</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is shorter than expected.</source>
        <translation>Die Datei %1 ist kürzer als erwartet.</translation>
    </message>
    <message>
        <source>Hashing %1 was stopped.</source>
        <translation>Das Berechnen der Prüfsumme von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>SHA-256 failed inside OpenSSL&apos;s libcrypto.</source>
        <translation>SHA-256 ist in libcrypto von OpenSSL fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2.</translation>
    </message>
    <message>
        <source>The field is not valid UTF-8.</source>
        <translation>Das Feld ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field.</source>
        <translation>Auf das schließende Anführungszeichen des Feldes folgt Text.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 holds no CSV file (entries passed over: %2).</source>
        <translation>%1 enthält keine CSV-Datei (übersprungene Einträge: %2).</translation>
    </message>
</context>
<context>
    <name>GroupQuery</name>
    <message>
        <source>column must name the column to group by</source>
        <translation>column muss die Spalte nennen, nach der gruppiert wird</translation>
    </message>
    <message>
        <source>sort must be value, -value, key or -key, not &quot;%1&quot;</source>
        <translation>sort muss value, -value, key oder -key sein, nicht „%1“</translation>
    </message>
    <message>
        <source>limit must be from 0 to %1 and offset not negative</source>
        <translation>limit muss zwischen 0 und %1 liegen und offset darf nicht negativ sein</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>Could not group the rows of dataset %1: %2</source>
        <translation>Die Zeilen von Datensatz %1 konnten nicht gruppiert werden: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>sluice: %1</source>
        <translation>sluice: %1</translation>
    </message>
    <message>
        <source> (all interfaces)</source>
        <translation> (alle Schnittstellen)</translation>
    </message>
    <message>
        <source>Sluice %1 serving %2%3; access token in %4</source>
        <translation>Sluice %1 bedient %2%3; Zugriffstoken in %4</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is not HTTP; it begins with &quot;%1&quot;</source>
        <translation>die Antwort ist kein HTTP; sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>the answer&apos;s head is longer than %1 bytes</source>
        <translation>der Kopf der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the answer&apos;s body is longer than %1 bytes</source>
        <translation>der Inhalt der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot; is not HTTP/1.x&apos;s</source>
        <translation>die Statuszeile „%1“ ist keine von HTTP/1.x</translation>
    </message>
    <message>
        <source>the header line &quot;%1&quot; is malformed</source>
        <translation>die Kopfzeile „%1“ ist fehlerhaft</translation>
    </message>
    <message>
        <source>the server switched protocols instead of answering</source>
        <translation>der Server hat das Protokoll gewechselt, statt zu antworten</translation>
    </message>
    <message>
        <source>the answer uses Transfer-Encoding &quot;%1&quot;, which this client does not read</source>
        <translation>die Antwort verwendet Transfer-Encoding „%1“, das dieser Client nicht lesen kann</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length &quot;%1&quot; is invalid</source>
        <translation>die Content-Length „%1“ der Antwort ist ungültig</translation>
    </message>
    <message>
        <source>the answer&apos;s body would have %1 bytes, more than the %2 accepted</source>
        <translation>der Inhalt der Antwort hätte %1 Bytes, mehr als die zulässigen %2</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection ended in the middle of the answer&apos;s head</source>
        <translation>die Verbindung endete mitten im Kopf der Antwort</translation>
    </message>
    <message>
        <source>the connection ended after %1 of the answer&apos;s %2 body bytes</source>
        <translation>die Verbindung endete nach %1 der %2 Bytes des Antwortinhalts</translation>
    </message>
</context>
<context>
    <name>ImportPass</name>
    <message>
        <source>The import was canceled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2.</translation>
    </message>
    <message>
        <source>The field is not valid text in the file&apos;s encoding.</source>
        <translation>Das Feld ist kein gültiger Text in der Kodierung der Datei.</translation>
    </message>
</context>
<context>
    <name>ImportTaskRunner</name>
    <message>
        <source>overrides.%1 must be one ASCII character or empty.</source>
        <translation>overrides.%1 muss ein einzelnes ASCII-Zeichen oder leer sein.</translation>
    </message>
    <message>
        <source>overrides.encoding &quot;%1&quot; is not UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>overrides.encoding „%1“ ist weder UTF-8 noch UTF-16LE, UTF-16BE oder Windows-1252.</translation>
    </message>
    <message>
        <source>Importing: %1 rows, %2 rejected</source>
        <translation>Import läuft: %1 Zeilen, %2 abgelehnt</translation>
    </message>
    <message>
        <source>An import needs sourcePath, an existing file (got &quot;%1&quot;).</source>
        <translation>Ein Import braucht sourcePath, eine vorhandene Datei (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 rejected).</source>
        <translation>%1 Zeilen importiert (%2 abgelehnt).</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 datasets (%3 rejected).</source>
        <translation>%1 Zeilen in %2 Datensätze importiert (%3 abgelehnt).</translation>
    </message>
    <message>
        <source>Imported 1 row (%1 rejected).</source>
        <translation>1 Zeile importiert (%1 abgelehnt).</translation>
    </message>
</context>
<context>
    <name>InputOpener</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not open for reading.</source>
        <translation>%1 ist nicht zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>nullable</translation>
    </message>
    <message>
        <source>nulls</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1
</source>
        <translation>%1
</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>, in a %1 archive</source>
        <translation>, in einem %1-Archiv</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>preamble lines</source>
        <translation>Vorspannzeilen</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>thousands separator</source>
        <translation>Tausendertrenner</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 (%2 blank lines skipped)</source>
        <translation>%1 (%2 Leerzeilen übersprungen)</translation>
    </message>
    <message>
        <source>
Columns
</source>
        <translation>
Spalten
</translation>
    </message>
    <message>
        <source>
First record
</source>
        <translation>
Erster Eintrag
</translation>
    </message>
    <message>
        <source>
First %1 records
</source>
        <translation>
Erste %1 Einträge
</translation>
    </message>
    <message>
        <source>
Problems (%1)
</source>
        <translation>
Probleme (%1)
</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>  … and more
</source>
        <translation>  … und weitere
</translation>
    </message>
    <message>
        <source>
Not CSV, passed over: %1
</source>
        <translation>
Kein CSV, übersprungen: %1
</translation>
    </message>
    <message>
        <source>sluice inspect: %1
Try &apos;sluice inspect --help&apos;.
</source>
        <translation>sluice inspect: %1
Siehe „sluice inspect --help“.
</translation>
    </message>
    <message>
        <source>sluice inspect: %1
</source>
        <translation>sluice inspect: %1
</translation>
    </message>
</context>
<context>
    <name>InspectCommandLine</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein einziges JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Print the first N records (with --json: all unless given).</source>
        <translation>Die ersten N Einträge ausgeben (mit --json: alle, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Field delimiter: a character, or tab, space, comma, semicolon, pipe.</source>
        <translation>Feldtrennzeichen: ein Zeichen oder tab, space, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>Quote character, or none.</source>
        <translation>Anführungszeichen oder none.</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin-1.</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 oder latin-1.</translation>
    </message>
    <message>
        <source>The first line is data, not column names.</source>
        <translation>Die erste Zeile enthält Daten, keine Spaltennamen.</translation>
    </message>
    <message>
        <source>sluice inspect: how Sluice reads a CSV file (plain or compressed): dialect, encoding, compression, schema and row count.</source>
        <translation>sluice inspect: wie Sluice eine CSV-Datei liest (unkomprimiert oder komprimiert): Dialekt, Kodierung, Kompression, Schema und Zeilenzahl.</translation>
    </message>
    <message>
        <source>The file to inspect.</source>
        <translation>Die zu untersuchende Datei.</translation>
    </message>
    <message>
        <source>inspect takes exactly one file.</source>
        <translation>inspect nimmt genau eine Datei.</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a count.</source>
        <translation>--rows: „%1“ ist keine Anzahl.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character or a known name (tab, space, comma, semicolon, pipe).</source>
        <translation>--delimiter: „%1“ ist weder ein einzelnes ASCII-Zeichen noch ein bekannter Name (tab, space, comma, semicolon, pipe).</translation>
    </message>
    <message>
        <source>--quote: &quot;%1&quot; is not one ASCII character or none.</source>
        <translation>--quote: „%1“ ist weder ein einzelnes ASCII-Zeichen noch none.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of utf-8, utf-16le, utf-16be, windows-1252, latin-1.</source>
        <translation>--encoding: „%1“ ist keiner von utf-8, utf-16le, utf-16be, windows-1252, latin-1.</translation>
    </message>
    <message>
        <source>Usage: sluice inspect [options] FILE</source>
        <translation>Aufruf: sluice inspect [Optionen] FILE</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>measure must be count, sum, mean, min or max, not &quot;%1&quot;</source>
        <translation>measure muss count, sum, mean, min oder max sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 needs a column to measure</source>
        <translation>%1 braucht eine Spalte, die gemessen wird</translation>
    </message>
    <message>
        <source>%1 needs an integer or real column; &quot;%2&quot; is %3</source>
        <translation>%1 braucht eine Spalte vom Typ integer oder real; „%2“ hat den Typ %3</translation>
    </message>
</context>
<context>
    <name>OpenApiDocument</name>
    <message>
        <source>The API description %1 is missing from the build.</source>
        <translation>Die API-Beschreibung %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The API description is not valid JSON: %1 at offset %2.</source>
        <translation>Die API-Beschreibung ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
</context>
<context>
    <name>PartDeflater</name>
    <message>
        <source>Could not start the deflate compressor.</source>
        <translation>Der Deflate-Kompressor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The deflate compressor failed (zlib status %1).</source>
        <translation>Der Deflate-Kompressor ist fehlgeschlagen (zlib-Status %1).</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Sluice cannot start</source>
        <translation>Sluice kann nicht starten</translation>
    </message>
</context>
<context>
    <name>QueryParameters</name>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>RequestAuthorizer</name>
    <message>
        <source>The request has no Host header.</source>
        <translation>Die Anfrage hat keinen Host-Header.</translation>
    </message>
    <message>
        <source>This server listens on loopback only and answers to localhost, 127.0.0.1 or [::1], not to &quot;%1&quot;.</source>
        <translation>Dieser Server lauscht nur auf Loopback und antwortet auf localhost, 127.0.0.1 oder [::1], nicht auf „%1“.</translation>
    </message>
    <message>
        <source>This request needs an access token: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Diese Anfrage braucht ein Zugriffstoken: Senden Sie „Authorization: Bearer TOKEN“.</translation>
    </message>
    <message>
        <source>The Authorization header must use the Bearer scheme.</source>
        <translation>Der Authorization-Header muss das Bearer-Schema verwenden.</translation>
    </message>
    <message>
        <source>The access token is wrong.</source>
        <translation>Das Zugriffstoken ist falsch.</translation>
    </message>
</context>
<context>
    <name>RequestHead</name>
    <message>
        <source>The request has no request line.</source>
        <translation>Die Anfrage hat keine Anfragezeile.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD target HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile hat nicht die Form „METHOD target HTTP/1.1“.</translation>
    </message>
    <message>
        <source>The request has %1 header fields; at most %2 are accepted.</source>
        <translation>Die Anfrage hat %1 Header-Felder; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>Header field %1 is malformed.</source>
        <translation>Das Header-Feld %1 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Content-Length must be a whole number of bytes.</source>
        <translation>Content-Length muss eine ganze Zahl von Bytes sein.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Nur die Transferkodierung chunked wird unterstützt.</translation>
    </message>
    <message>
        <source>The request has more than one Content-Length.</source>
        <translation>Die Anfrage hat mehr als eine Content-Length.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage hat sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
</context>
<context>
    <name>RouteSupport</name>
    <message>
        <source>&quot;%1&quot; is not a %2 id: ids are 16 letters, digits, - or _.</source>
        <translation>„%1“ ist keine gültige ID (%2): IDs bestehen aus 16 Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>This request takes no parameters, but got &quot;%1&quot;.</source>
        <translation>Diese Anfrage nimmt keine Parameter an, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;; this request takes %2.</source>
        <translation>Unbekannter Parameter „%1“; diese Anfrage nimmt %2 an.</translation>
    </message>
    <message>
        <source>Give format once: csv or json.</source>
        <translation>Geben Sie format einmal an: csv oder json.</translation>
    </message>
    <message>
        <source>format must be csv or json, not &quot;%1&quot;.</source>
        <translation>format muss csv oder json sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert vom Typ %2.</translation>
    </message>
</context>
<context>
    <name>RowFilterParser</name>
    <message>
        <source>a filter needs a column name</source>
        <translation>ein Filter braucht einen Spaltennamen</translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot;</source>
        <translation>unbekannter Filterschlüssel „%1“</translation>
    </message>
    <message>
        <source>a filter on &quot;%1&quot; needs exactly one of from/to, min/max, equals, in or isNull</source>
        <translation>ein Filter auf „%1“ braucht genau eines von from/to, min/max, equals, in oder isNull</translation>
    </message>
    <message>
        <source>from and to apply to date and datetime columns; &quot;%1&quot; is %2</source>
        <translation>from und to gelten für Spalten vom Typ date und datetime; „%1“ hat den Typ %2</translation>
    </message>
    <message>
        <source>min and max apply to integer and real columns; &quot;%1&quot; is %2</source>
        <translation>min und max gelten für Spalten vom Typ integer und real; „%1“ hat den Typ %2</translation>
    </message>
    <message>
        <source>a range on &quot;%1&quot; needs %2, %3 or both</source>
        <translation>ein Bereich auf „%1“ braucht %2, %3 oder beides</translation>
    </message>
    <message>
        <source>isNull must be true or false</source>
        <translation>isNull muss true oder false sein</translation>
    </message>
    <message>
        <source>in must be a list of at least one value</source>
        <translation>in muss eine Liste mit mindestens einem Wert sein</translation>
    </message>
    <message>
        <source>in may list at most %1 values</source>
        <translation>in darf höchstens %1 Werte enthalten</translation>
    </message>
    <message>
        <source>filters must be a JSON array of filter objects</source>
        <translation>filters muss ein JSON-Array von Filterobjekten sein</translation>
    </message>
    <message>
        <source>filter must be a JSON array of filter objects</source>
        <translation>filter muss ein JSON-Array von Filterobjekten sein</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or an ISO 8601 datetime</source>
        <translation>%1 muss ein Datum (JJJJ-MM-TT) oder ein Zeitpunkt nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD)</source>
        <translation>%1 muss ein Datum (JJJJ-MM-TT) sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 needs a value; use isNull to find empty cells</source>
        <translation>%1 braucht einen Wert; leere Zellen findet isNull</translation>
    </message>
    <message>
        <source>%1 must be an integer: &quot;%2&quot; is an integer column</source>
        <translation>%1 muss eine ganze Zahl sein: „%2“ ist eine Ganzzahlspalte</translation>
    </message>
    <message>
        <source>%1 must be a number: &quot;%2&quot; is a real column</source>
        <translation>%1 muss eine Zahl sein: „%2“ ist eine Spalte mit Kommazahlen</translation>
    </message>
    <message>
        <source>%1 must be true or false: &quot;%2&quot; is a boolean column</source>
        <translation>%1 muss true oder false sein: „%2“ ist eine boolesche Spalte</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
</context>
<context>
    <name>RowsQuery</name>
    <message>
        <source>limit must be from 0 to %1 and offset not negative</source>
        <translation>limit muss zwischen 0 und %1 liegen und offset darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Could not read the rows of dataset %1: %2</source>
        <translation>Die Zeilen von Datensatz %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not count the rows of dataset %1: %2</source>
        <translation>Die Zeilen von Datensatz %1 konnten nicht gezählt werden: %2</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation>Die Schemaversion der Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database was written by a newer Sluice (schema version %1; this one knows up to %2). Use that newer Sluice, or another data directory.</source>
        <translation>Die Datenbank wurde von einem neueren Sluice geschrieben (Schemaversion %1; diese Version kennt bis %2). Verwenden Sie das neuere Sluice oder ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Could not migrate the database to schema version %1: %2</source>
        <translation>Die Datenbank konnte nicht auf Schemaversion %1 migriert werden: %2</translation>
    </message>
</context>
<context>
    <name>SeriesQuery</name>
    <message>
        <source>column must name the date or datetime column of the series</source>
        <translation>column muss die Spalte vom Typ date oder datetime der Zeitreihe nennen</translation>
    </message>
    <message>
        <source>bucket must be hour, day, week, month, quarter or year, not &quot;%1&quot;</source>
        <translation>bucket muss hour, day, week, month, quarter oder year sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a series needs a date or datetime column; &quot;%1&quot; is %2</source>
        <translation>eine Zeitreihe braucht eine Spalte vom Typ date oder datetime; „%1“ hat den Typ %2</translation>
    </message>
    <message>
        <source>hour buckets need a datetime column; &quot;%1&quot; is a date column</source>
        <translation>Stundenintervalle brauchen eine Spalte vom Typ datetime; „%1“ ist eine Spalte vom Typ date</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>Could not compute the series of dataset %1: %2</source>
        <translation>Die Zeitreihe von Datensatz %1 konnte nicht berechnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerControls</name>
    <message>
        <source>Share on LAN</source>
        <translation>Im LAN freigeben</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>%1 is not a valid settings file.</source>
        <translation>%1 ist keine gültige Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a whole number from 0 (any free port) to 65535.</source>
        <translation>Der Port „%1“ ist keine ganze Zahl von 0 (beliebiger freier Port) bis 65535.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not one of: empty (the system&apos;s language), %4.</source>
        <translation>%1: Der Wert „%2“ von %3 ist keiner von: leer (Sprache des Systems), %4.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not an http:// or https:// address.</source>
        <translation>%1: Der Wert „%2“ von %3 ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not true or false.</source>
        <translation>%1: Der Wert „%2“ von %3 ist weder true noch false.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; of %3 is not a whole number from %4 to %5.</source>
        <translation>%1: Der Wert „%2“ von %3 ist keine ganze Zahl von %4 bis %5.</translation>
    </message>
</context>
<context>
    <name>SqliteBulkInserter</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Die Datenbankverbindung ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>The database could not %1 rows: %2</source>
        <translation>Die Datenbank konnte die Zeilen nicht verarbeiten (%1): %2</translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>The task catalog query failed: %1</source>
        <translation>Die Abfrage des Aufgabenkatalogs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Task %1 is %2, not queued.</source>
        <translation>Aufgabe %1 ist nicht in der Warteschlange (Status: %2).</translation>
    </message>
</context>
<context>
    <name>TaskRoutes</name>
    <message>
        <source>state must be queued, running, succeeded, failed or canceled, not &quot;%1&quot;.</source>
        <translation>state muss queued, running, succeeded, failed oder canceled sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>type must be import, export or teams-import, not &quot;%1&quot;.</source>
        <translation>type muss import, export oder teams-import sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The body must be a JSON object: %1</source>
        <translation>Der Body muss ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <source>Only export tasks are started here (imports start when an upload completes), not &quot;%1&quot;.</source>
        <translation>Hier werden nur Exportaufgaben gestartet (Importe starten, wenn ein Upload abgeschlossen ist), nicht „%1“.</translation>
    </message>
    <message>
        <source>The body needs &quot;parameters&quot;, an object.</source>
        <translation>Der Body braucht „parameters“, ein Objekt.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Task %1 has no result to download (it is %2).</source>
        <translation>Aufgabe %1 hat kein Ergebnis zum Herunterladen (Status: %2).</translation>
    </message>
</context>
<context>
    <name>TeamRejectionsCsvWriter</name>
    <message>
        <source>Could not write the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoutes</name>
    <message>
        <source>Give %1 at most once.</source>
        <translation>Geben Sie %1 höchstens einmal an.</translation>
    </message>
    <message>
        <source>sort must be one of %1, not &quot;%2&quot;.</source>
        <translation>sort muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>order must be asc or desc, not &quot;%1&quot;.</source>
        <translation>order muss asc oder desc sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>search may have at most %1 characters.</source>
        <translation>search darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id: 1 to %2 characters, no control characters.</source>
        <translation>„%1“ ist keine Team-ID: 1 bis %2 Zeichen, keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>Could not look up the import: %1</source>
        <translation>Der Import konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>There is no teams import %1.</source>
        <translation>Es gibt keinen Teamimport %1.</translation>
    </message>
    <message>
        <source>teams import</source>
        <translation>Teamimport</translation>
    </message>
</context>
<context>
    <name>TeamsCatalog</name>
    <message>
        <source>The teams query failed: %1</source>
        <translation>Die Teamabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation>Es gibt kein Team %1.</translation>
    </message>
</context>
<context>
    <name>TeamsImportTaskRunner</name>
    <message>
        <source>&quot;%1&quot; is not a teams import parameter.</source>
        <translation>„%1“ ist kein Parameter des Teamimports.</translation>
    </message>
    <message>
        <source>path must name the teams file.</source>
        <translation>path muss die Teamdatei nennen.</translation>
    </message>
    <message>
        <source>There is no teams file at the given path.</source>
        <translation>Unter dem angegebenen Pfad gibt es keine Teamdatei.</translation>
    </message>
    <message>
        <source>importId must be a string.</source>
        <translation>importId muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The teams import was canceled.</source>
        <translation>Der Teamimport wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Importing teams…</source>
        <translation>Teams werden importiert…</translation>
    </message>
    <message>
        <source>Imported %1 teams (%2 new, %3 updated); %4 rows rejected.</source>
        <translation>%1 Teams importiert (%2 neu, %3 aktualisiert); %4 Zeilen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TeamsImporter</name>
    <message>
        <source>The teams query failed: %1</source>
        <translation>Die Teamabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not a teams file: required column missing: %2 (a teams file needs team_id and name). Its header has: %3.</source>
        <translation>%1 ist keine Teamdatei: Pflichtspalte fehlt: %2 (eine Teamdatei braucht team_id und name). Ihre Kopfzeile enthält: %3.</translation>
    </message>
    <message>
        <source>%1 is not a teams file: required columns missing: %2 (a teams file needs team_id and name). Its header has: %3.</source>
        <translation>%1 ist keine Teamdatei: Pflichtspalten fehlen: %2 (eine Teamdatei braucht team_id und name). Ihre Kopfzeile enthält: %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>Field %1 is not valid text in the file&apos;s encoding.</source>
        <translation>Feld %1 ist kein gültiger Text in der Kodierung der Datei.</translation>
    </message>
    <message>
        <source>team_id is empty: every team needs an id.</source>
        <translation>team_id ist leer: Jedes Team braucht eine ID.</translation>
    </message>
    <message>
        <source>team_id &quot;%1&quot; repeats the team on line %2 (the first occurrence wins).</source>
        <translation>team_id „%1“ wiederholt das Team aus Zeile %2 (das erste Vorkommen gilt).</translation>
    </message>
    <message>
        <source>name is empty: every team needs a name.</source>
        <translation>name ist leer: Jedes Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>lead_email &quot;%1&quot; is not an email address.</source>
        <translation>lead_email „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>members &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>members „%1“ ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>founded &quot;%1&quot; has a time of day; a date is expected.</source>
        <translation>founded „%1“ enthält eine Uhrzeit; erwartet wird ein Datum.</translation>
    </message>
    <message>
        <source>founded &quot;%1&quot; is not a date.</source>
        <translation>founded „%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>%1 holds no CSV file (entries passed over: %2).</source>
        <translation>%1 enthält keine CSV-Datei (übersprungene Einträge: %2).</translation>
    </message>
</context>
<context>
    <name>TusHeaders</name>
    <message>
        <source>A tus request needs the header &quot;Tus-Resumable: 1.0.0&quot;.</source>
        <translation>Eine tus-Anfrage braucht den Header „Tus-Resumable: 1.0.0“.</translation>
    </message>
    <message>
        <source>This server speaks tus 1.0.0, not &quot;%1&quot;.</source>
        <translation>Dieser Server spricht tus 1.0.0, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of bytes, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl von Bytes sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Upload-Metadata has an empty or malformed key.</source>
        <translation>Upload-Metadata hat einen leeren oder fehlerhaften Schlüssel.</translation>
    </message>
    <message>
        <source>The Upload-Metadata value of &quot;%1&quot; is not base64.</source>
        <translation>Der Upload-Metadata-Wert von „%1“ ist nicht base64-kodiert.</translation>
    </message>
    <message>
        <source>Upload-Metadata names &quot;%1&quot; twice.</source>
        <translation>Upload-Metadata nennt „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The upload&apos;s kind must be &quot;dataset&quot; or &quot;teams&quot;, not &quot;%1&quot;.</source>
        <translation>Die Art des Uploads muss „dataset“ oder „teams“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The sha256 metadata must be the file&apos;s SHA-256 as 64 hex digits.</source>
        <translation>Die sha256-Metadaten müssen die SHA-256-Prüfsumme der Datei als 64 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>Upload-Checksum must be &quot;&lt;algorithm&gt; &lt;base64 digest&gt;&quot;.</source>
        <translation>Upload-Checksum muss die Form „&lt;Algorithmus&gt; &lt;base64-Prüfsumme&gt;“ haben.</translation>
    </message>
    <message>
        <source>The checksum algorithm &quot;%1&quot; is not supported; use %2.</source>
        <translation>Der Prüfsummenalgorithmus „%1“ wird nicht unterstützt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The Upload-Checksum digest is not a base64 %1 digest.</source>
        <translation>Die Prüfsumme in Upload-Checksum ist keine base64-kodierte %1-Prüfsumme.</translation>
    </message>
    <message>
        <source>Upload-Concat must be &quot;partial&quot; or &quot;final;&lt;urls&gt;&quot;.</source>
        <translation>Upload-Concat muss „partial“ oder „final;&lt;urls&gt;“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in Upload-Concat is not an upload of this server.</source>
        <translation>„%1“ in Upload-Concat ist kein Upload dieses Servers.</translation>
    </message>
    <message>
        <source>Upload-Concat: final names no partial uploads.</source>
        <translation>Upload-Concat: final nennt keine Teil-Uploads.</translation>
    </message>
</context>
<context>
    <name>TusMetadata</name>
    <message>
        <source>Malformed Upload-Metadata item &quot;%1&quot;.</source>
        <translation>Fehlerhafter Upload-Metadata-Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The Upload-Metadata value of &quot;%1&quot; is not base64.</source>
        <translation>Der Upload-Metadata-Wert von „%1“ ist nicht base64-kodiert.</translation>
    </message>
</context>
<context>
    <name>UploadCatalog</name>
    <message>
        <source>The uploads query failed: %1</source>
        <translation>Die Upload-Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not create the uploads folder %1.</source>
        <translation>Der Upload-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>An upload needs a kind.</source>
        <translation>Ein Upload braucht eine Art.</translation>
    </message>
    <message>
        <source>The upload is %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Der Upload ist %1 Byte groß; dieser Server nimmt höchstens %2 Byte an.</translation>
    </message>
    <message>
        <source>The sha256 of an upload must be 64 lower-case hex digits.</source>
        <translation>Die sha256 eines Uploads muss aus 64 kleingeschriebenen Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>Could not create the upload&apos;s file: %1</source>
        <translation>Die Datei des Uploads konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Es gibt keinen Upload %1.</translation>
    </message>
    <message>
        <source>Not enough free disk space: %1 bytes are needed, %2 are free and %3 are kept in reserve.</source>
        <translation>Nicht genug freier Speicherplatz: %1 Byte werden benötigt, %2 sind frei und %3 werden als Reserve freigehalten.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Der Upload %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>The upload %1 is %2 and takes no more bytes.</source>
        <translation>Der Upload %1 hat den Status %2 und nimmt keine weiteren Bytes an.</translation>
    </message>
    <message>
        <source>The upload is at byte %1, not at byte %2: ask for its offset (HEAD) and resume from there.</source>
        <translation>Der Upload steht bei Byte %1, nicht bei Byte %2: Fragen Sie seinen Offset ab (HEAD) und setzen Sie dort fort.</translation>
    </message>
    <message>
        <source>Another request is writing to the upload %1.</source>
        <translation>Eine andere Anfrage schreibt gerade in den Upload %1.</translation>
    </message>
    <message>
        <source>%1 uploads are in progress, the most this server takes at once; try again later.</source>
        <translation>%1 Uploads laufen bereits, mehr nimmt dieser Server nicht gleichzeitig an; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not open the upload&apos;s file: %1</source>
        <translation>Die Datei des Uploads konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The upload %1 was terminated while it was written.</source>
        <translation>Der Upload %1 wurde verworfen, während in ihn geschrieben wurde.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is %1, but the upload declared %2; the bytes are not what was sent, so the upload failed.</source>
        <translation>Die SHA-256-Prüfsumme der Datei ist %1, der Upload hat aber %2 angegeben; die Bytes sind nicht die gesendeten, daher ist der Upload fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The upload&apos;s length is already %1 bytes.</source>
        <translation>Die Länge des Uploads ist bereits %1 Byte.</translation>
    </message>
    <message>
        <source>The length %1 is below the %2 bytes already uploaded.</source>
        <translation>Die Länge %1 ist kleiner als die bereits hochgeladenen %2 Byte.</translation>
    </message>
    <message>
        <source>A final upload needs at least one partial upload.</source>
        <translation>Ein finaler Upload braucht mindestens einen Teil-Upload.</translation>
    </message>
    <message>
        <source>The upload %1 is not a partial upload.</source>
        <translation>Der Upload %1 ist kein Teil-Upload.</translation>
    </message>
    <message>
        <source>The partial upload %1 is not complete.</source>
        <translation>Der Teil-Upload %1 ist nicht vollständig.</translation>
    </message>
    <message>
        <source>Could not write the upload&apos;s file: %1</source>
        <translation>Die Datei des Uploads konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not read the partial upload %1: %2</source>
        <translation>Der Teil-Upload %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not copy the partial upload %1: %2</source>
        <translation>Der Teil-Upload %1 konnte nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Could not make the upload&apos;s bytes durable.</source>
        <translation>Die Daten des Uploads konnten nicht dauerhaft gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The upload expired: nothing was sent for %n hour(s).</source>
        <translation>
            <numerusform>Der Upload ist abgelaufen: %n Stunde lang wurde nichts gesendet.</numerusform>
            <numerusform>Der Upload ist abgelaufen: %n Stunden lang wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the upload&apos;s file %1.</source>
        <translation>Die Datei %1 des Uploads konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not compute the upload&apos;s SHA-256 (OpenSSL&apos;s libcrypto failed).</source>
        <translation>Die SHA-256-Prüfsumme des Uploads konnte nicht berechnet werden (libcrypto von OpenSSL ist fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>UploadChunk</name>
    <message>
        <source>The chunk goes past the end of the upload.</source>
        <translation>Der Block reicht über das Ende des Uploads hinaus.</translation>
    </message>
    <message>
        <source>Could not write the upload&apos;s file: %1</source>
        <translation>Die Datei des Uploads konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not make the upload&apos;s bytes durable (fdatasync failed).</source>
        <translation>Die Daten des Uploads konnten nicht dauerhaft gespeichert werden (fdatasync ist fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>UploadFingerprint</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Die Datei %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A saved upload&apos;s file description is incomplete.</source>
        <translation>Die Dateibeschreibung eines gespeicherten Uploads ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>UploadListRoutes</name>
    <message>
        <source>Could not list the uploads: %1</source>
        <translation>Die Uploads konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>UploadRecord</name>
    <message>
        <source>Unknown upload kind &quot;%1&quot;.</source>
        <translation>Unbekannte Upload-Art „%1“.</translation>
    </message>
    <message>
        <source>A saved upload has no id.</source>
        <translation>Ein gespeicherter Upload hat keine ID.</translation>
    </message>
</context>
<context>
    <name>UploadRoutes</name>
    <message>
        <source>The parts add up to %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Die Teile ergeben zusammen %1 Byte; dieser Server nimmt höchstens %2 Byte an.</translation>
    </message>
    <message>
        <source>Creating an upload needs either Upload-Length or Upload-Defer-Length: 1.</source>
        <translation>Zum Anlegen eines Uploads ist entweder Upload-Length oder Upload-Defer-Length: 1 nötig.</translation>
    </message>
    <message>
        <source>The upload is %1 bytes; this server takes at most %2 bytes.</source>
        <translation>Der Upload ist %1 Byte groß; dieser Server nimmt höchstens %2 Byte an.</translation>
    </message>
    <message>
        <source>Data sent with the creation must be application/offset+octet-stream.</source>
        <translation>Beim Anlegen gesendete Daten müssen application/offset+octet-stream sein.</translation>
    </message>
    <message>
        <source>The body is longer than the upload.</source>
        <translation>Der Body ist länger als der Upload.</translation>
    </message>
    <message>
        <source>The data does not match its Upload-Checksum.</source>
        <translation>Die Daten passen nicht zu ihrer Upload-Checksum.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Der Upload %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>Upload-Defer-Length must be 1.</source>
        <translation>Upload-Defer-Length muss 1 sein.</translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>The list of unfinished uploads is damaged: %1</source>
        <translation>Die Liste der unvollständigen Uploads ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The list of unfinished uploads has format version %1; this version of Sluice reads version %2.</source>
        <translation>Die Liste der unvollständigen Uploads hat die Formatversion %1; diese Sluice-Version liest Version %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sluice: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open; starting the headless server instead. Use --server to do this on purpose.
</source>
        <translation>sluice: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann sich kein Fenster öffnen; stattdessen startet der Server ohne Fenster. Verwenden Sie --server, um das absichtlich zu tun.
</translation>
    </message>
</context>
<context>
    <name>sluice::ApiClient</name>
    <message>
        <source>The server&apos;s answer to %1 is not a JSON object.</source>
        <translation>Die Antwort des Servers auf %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server answered %1 to %2.</source>
        <translation>Der Server hat auf %2 mit %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>sluice::ApiServer</name>
    <message>
        <source>The bind address &quot;%1&quot; (from --bind or server/bind in sluice.ini) is not an IP address.</source>
        <translation>Die Bind-Adresse „%1“ (aus --bind oder server/bind in sluice.ini) ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2; is another program using it?</source>
        <translation>Auf %1 Port %2 konnte nicht gelauscht werden; wird er von einem anderen Programm verwendet?</translation>
    </message>
    <message>
        <source>Nothing is served at %1.</source>
        <translation>Unter %1 wird nichts angeboten.</translation>
    </message>
</context>
<context>
    <name>sluice::ChartPage</name>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>Choose a dataset to see its charts.</source>
        <translation>Wählen Sie einen Datensatz, um seine Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>This dataset has no rows to chart. %1</source>
        <translation>Dieser Datensatz hat keine Zeilen für ein Diagramm. %1</translation>
    </message>
</context>
<context>
    <name>sluice::ChartsView</name>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Gruppierte Balken</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Follow live data</source>
        <translation>Live-Daten folgen</translation>
    </message>
    <message>
        <source>Show all the data again and keep up with it</source>
        <translation>Wieder alle Daten zeigen und mit ihnen Schritt halten</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or a PDF document</source>
        <translation>Das angezeigte Diagramm als PNG-Bild oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>A chart is exported as a .png or .pdf file; &quot;%1&quot; is neither.</source>
        <translation>Ein Diagramm wird als .png- oder .pdf-Datei exportiert; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sluice::ChunkSender</name>
    <message>
        <source>Cannot upload to %1: only http and https are supported.</source>
        <translation>Hochladen nach %1 nicht möglich: nur http und https werden unterstützt.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this client cannot read: %2.</source>
        <translation>Der Server unter %1 hat eine Antwort gesendet, die dieser Client nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>No complete answer from the server at %1: %2.</source>
        <translation>Keine vollständige Antwort vom Server unter %1: %2.</translation>
    </message>
    <message>
        <source>The server at %1 did not take or answer the upload for %2 s.</source>
        <translation>Der Server unter %1 hat den Upload %2 s lang weder angenommen noch beantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ColumnStatisticsModel</name>
    <message>
        <source>Estimated: within ±%1% of the true count with %2% confidence.</source>
        <translation>Geschätzt: mit %2&#xa0;% Konfidenz höchstens ±%1&#xa0;% von der wahren Anzahl entfernt.</translation>
    </message>
    <message>
        <source>Estimated.</source>
        <translation>Geschätzt.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Counted with a sketch: its count may be up to %1 too low.</source>
        <translation>Näherungsweise gezählt (Sketch): Die Anzahl kann um bis zu %1 zu niedrig sein.</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>Cells in the column, empty ones included</source>
        <translation>Zellen der Spalte, leere eingeschlossen</translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation>Leere Zellen</translation>
    </message>
    <message>
        <source>Different values; estimated on large columns</source>
        <translation>Verschiedene Werte; bei großen Spalten geschätzt</translation>
    </message>
    <message>
        <source>Sample standard deviation</source>
        <translation>Standardabweichung der Stichprobe</translation>
    </message>
    <message>
        <source>5th percentile: 5% of the values are at most this</source>
        <translation>5. Perzentil: 5&#xa0;% der Werte sind höchstens so groß</translation>
    </message>
    <message>
        <source>Median: half of the values are at most this</source>
        <translation>Median: Die Hälfte der Werte ist höchstens so groß</translation>
    </message>
    <message>
        <source>95th percentile: 95% of the values are at most this</source>
        <translation>95. Perzentil: 95&#xa0;% der Werte sind höchstens so groß</translation>
    </message>
    <message>
        <source>The most frequent value, with how often it occurs</source>
        <translation>Der häufigste Wert, mit seiner Häufigkeit</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
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
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Std.-Abw.</translation>
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
        <translation>Häufigster Wert</translation>
    </message>
    <message>
        <source>Estimated: the value lies between percentiles %1 and %2.</source>
        <translation>Geschätzt: Der Wert liegt zwischen den Perzentilen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>sluice::ConnectDialog</name>
    <message>
        <source>Reconnect to this server when Sluice starts</source>
        <translation>Beim Start von Sluice wieder mit diesem Server verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>http://192.168.1.20:8420</source>
        <translation>http://192.168.1.20:8420</translation>
    </message>
    <message>
        <source>the 64 hex digits the server&apos;s owner gave you</source>
        <translation>die 64 Hexadezimalziffern, die Sie vom Betreiber des Servers erhalten haben</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Otherwise Sluice starts on its embedded server; the address and token are remembered either way.</source>
        <translation>Andernfalls startet Sluice mit seinem eingebetteten Server; Adresse und Token werden in jedem Fall gespeichert.</translation>
    </message>
    <message>
        <source>Work with the datasets of another Sluice server. Its owner finds the address and token under Share on LAN.</source>
        <translation>Mit den Datensätzen eines anderen Sluice-Servers arbeiten. Dessen Betreiber findet Adresse und Token unter „Im LAN freigeben“.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Use the Embedded Server</source>
        <translation>Eingebetteten Server verwenden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as http://192.168.1.20:8420.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa http://192.168.1.20:8420.</translation>
    </message>
    <message>
        <source>Enter the access token: the server refuses requests without it.</source>
        <translation>Geben Sie das Zugriffstoken ein: Ohne es lehnt der Server Anfragen ab.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>%1 konnte nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ConnectionBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the server again now instead of waiting for the next attempt.</source>
        <translation>Den Server jetzt erneut anfragen, statt auf den nächsten Versuch zu warten.</translation>
    </message>
    <message>
        <source>Server unreachable. Reconnecting…</source>
        <translation>Server nicht erreichbar. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Server unreachable: %1 Reconnecting…</source>
        <translation>Server nicht erreichbar: %1 Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The server refused the access token. Reconnecting…</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The server refused the access token: %1 Reconnecting…</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt: %1 Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetDataView</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The rows could not be loaded: %1</source>
        <translation>Die Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filters</source>
        <translation>%1 von %2 Zeilen passen zu den Filtern</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetDelegate</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetListModel</name>
    <message>
        <source>importing %1%</source>
        <translation>Import %1&#xa0;%</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2, %3 rows</source>
        <translation>%1: %2, %3 Zeilen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetOverview</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>keins (eine Spalte)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>Trennzeichen %1</translation>
    </message>
    <message>
        <source>no quoting</source>
        <translation>keine Anführungszeichen</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>Anführungszeichen %1</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>decimal separator %1</source>
        <translation>Dezimaltrennzeichen %1</translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1 mit Byte Order Mark</translation>
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
        <translation>%1, Dauer %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet am %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht gestartet</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>Leer erlaubt</translation>
    </message>
    <message>
        <source>Column statistics</source>
        <translation>Spaltenstatistik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Importing %1%</source>
        <translation>Import läuft: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The statistics appear here as the import runs.</source>
        <translation>Die Statistik erscheint hier, während der Import läuft.</translation>
    </message>
    <message>
        <source>No statistics for this dataset.</source>
        <translation>Keine Statistik für diesen Datensatz.</translation>
    </message>
    <message>
        <source>Over the first %1 rows, updating while the import runs.</source>
        <translation>Über die ersten %1 Zeilen, wird während des Imports aktualisiert.</translation>
    </message>
    <message>
        <source>Over all %1 rows. Figures marked ≈ are estimates: hover over one for its error bound.</source>
        <translation>Über alle %1 Zeilen. Mit ≈ markierte Werte sind Schätzungen: Zeigen Sie mit der Maus darauf, um die Fehlerschranke zu sehen.</translation>
    </message>
    <message>
        <source>1 line skipped before the table</source>
        <translation>1 Zeile vor der Tabelle übersprungen</translation>
    </message>
    <message>
        <source>%1 lines skipped before the table</source>
        <translation>%1 Zeilen vor der Tabelle übersprungen</translation>
    </message>
    <message>
        <source>“%1” in the file</source>
        <translation>„%1“ in der Datei</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetPage</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export rows of this dataset to CSV, compressed CSV or ZIP.</source>
        <translation>Zeilen dieses Datensatzes nach CSV, komprimiertes CSV oder ZIP exportieren.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Could not load the dataset: %1</source>
        <translation>Der Datensatz konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Could not load the statistics: %1</source>
        <translation>Die Statistik konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Dataset views</source>
        <translation>Ansichten des Datensatzes</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetRowsModel</name>
    <message>
        <source>%1 (%2); click to sort</source>
        <translation>%1 (%2); zum Sortieren klicken</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>sluice::DatasetsPanel</name>
    <message>
        <source>No datasets yet</source>
        <translation>Noch keine Datensätze</translation>
    </message>
    <message>
        <source>Drop CSV files on the window, or use Add Files…, to import them.</source>
        <translation>Ziehen Sie CSV-Dateien auf das Fenster oder verwenden Sie „Dateien hinzufügen…“, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Search datasets</source>
        <translation>Datensätze durchsuchen</translation>
    </message>
    <message>
        <source>Could not list the datasets: %1</source>
        <translation>Die Datensätze konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its rows? This cannot be undone.</source>
        <translation>„%1“ mit allen Zeilen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not rename to &quot;%1&quot;: %2</source>
        <translation>Umbenennen in „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>sluice::DropOverlay</name>
    <message>
        <source>Drop to upload</source>
        <translation>Zum Hochladen hier ablegen</translation>
    </message>
</context>
<context>
    <name>sluice::EmbeddedServer</name>
    <message>
        <source>Sluice could not be shared on the LAN: %1 It serves this computer only again.</source>
        <translation>Sluice konnte nicht im LAN freigegeben werden: %1 Es bedient wieder nur diesen Computer.</translation>
    </message>
</context>
<context>
    <name>sluice::EventHub</name>
    <message>
        <source>No WebSocket is served here.</source>
        <translation>Hier wird kein WebSocket angeboten.</translation>
    </message>
    <message>
        <source>Too many clients: the server accepts %1 at a time.</source>
        <translation>Zu viele Clients: Der Server nimmt %1 gleichzeitig an.</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>Nachrichten sind JSON-Text, nicht binär.</translation>
    </message>
    <message>
        <source>No answer to the last ping.</source>
        <translation>Keine Antwort auf den letzten Ping.</translation>
    </message>
    <message>
        <source>A message must be a JSON object such as {&quot;subscribe&quot;: [&quot;tasks&quot;]}.</source>
        <translation>Eine Nachricht muss ein JSON-Objekt sein, etwa {&quot;subscribe&quot;: [&quot;tasks&quot;]}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: a message may hold subscribe, unsubscribe, resume and epoch.</source>
        <translation>Unbekanntes Feld „%1“: Eine Nachricht darf subscribe, unsubscribe, resume und epoch enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes an array of topics.</source>
        <translation>„%1“ erwartet ein Array von Themen.</translation>
    </message>
    <message>
        <source>A client may subscribe to at most %1 topics.</source>
        <translation>Ein Client darf höchstens %1 Themen abonnieren.</translation>
    </message>
    <message>
        <source>Unknown topic(s): %1. Topics are uploads, tasks, datasets, teams and dataset:&lt;id&gt;.</source>
        <translation>Unbekannte Themen: %1. Themen sind uploads, tasks, datasets, teams und dataset:&lt;id&gt;.</translation>
    </message>
    <message>
        <source>&quot;resume&quot; takes the last sequence number the client saw.</source>
        <translation>„resume“ erwartet die letzte Sequenznummer, die der Client gesehen hat.</translation>
    </message>
    <message>
        <source>The server restarted since sequence %1.</source>
        <translation>Der Server wurde seit Sequenz %1 neu gestartet.</translation>
    </message>
    <message>
        <source>Sequence %1 is ahead of this server&apos;s %2: it restarted.</source>
        <translation>Sequenz %1 liegt vor der Sequenz %2 dieses Servers: Er wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Events after sequence %1 are no longer kept.</source>
        <translation>Ereignisse nach Sequenz %1 werden nicht mehr vorgehalten.</translation>
    </message>
    <message>
        <source>Too many events were missed since sequence %1 to replay them.</source>
        <translation>Seit Sequenz %1 wurden zu viele Ereignisse verpasst, um sie erneut abzuspielen.</translation>
    </message>
    <message>
        <source>Client too slow: more than %1 bytes unsent.</source>
        <translation>Client zu langsam: mehr als %1 Byte nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>sluice::EventSocket</name>
    <message>
        <source>The server closed the event stream.</source>
        <translation>Der Server hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>The event stream was interrupted: %1</source>
        <translation>Der Ereignisstrom wurde unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ExportDialog</name>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>Byte Order Mark (für Excel)</translation>
    </message>
    <message>
        <source>Neutralise spreadsheet formulas</source>
        <translation>Tabellenformeln entschärfen</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Columns to export, in order</source>
        <translation>Zu exportierende Spalten, in Reihenfolge</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Numeric filter column</source>
        <translation>Spalte für Zahlenfilter</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Text filter column</source>
        <translation>Spalte für Textfilter</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>a value, or several separated by commas</source>
        <translation>ein Wert oder mehrere, durch Kommas getrennt</translation>
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
        <translation>CSV, gzip-komprimiert (.csv.gz)</translation>
    </message>
    <message>
        <source>CSV, Zstandard-compressed (.csv.zst)</source>
        <translation>CSV, Zstandard-komprimiert (.csv.zst)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Text starting with = + - or @ is saved with a leading &apos; so that spreadsheets show it instead of running it</source>
        <translation>Text, der mit = + - oder @ beginnt, wird mit vorangestelltem Apostroph &apos; gespeichert, damit Tabellenkalkulationen ihn anzeigen, statt ihn auszuführen</translation>
    </message>
    <message>
        <source>Start Export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Equals:</source>
        <translation>Gleich:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Could not list the datasets: %1</source>
        <translation>Die Datensätze konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>There is no ready dataset to export.</source>
        <translation>Es gibt keinen fertigen Datensatz zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not read the dataset&apos;s columns: %1</source>
        <translation>Die Spalten des Datensatzes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No date filter</source>
        <translation>Kein Datumsfilter</translation>
    </message>
    <message>
        <source>No range filter</source>
        <translation>Kein Bereichsfilter</translation>
    </message>
    <message>
        <source>No equals filter</source>
        <translation>Kein Gleichheitsfilter</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 rows will be exported</source>
        <translation>%1 Zeilen werden exportiert</translation>
    </message>
    <message>
        <source>Choose a dataset to export.</source>
        <translation>Wählen Sie einen Datensatz zum Exportieren.</translation>
    </message>
    <message>
        <source>The server refused the export: %1</source>
        <translation>Der Server hat den Export abgelehnt: %1</translation>
    </message>
    <message>
        <source>1 row will be exported</source>
        <translation>1 Zeile wird exportiert</translation>
    </message>
</context>
<context>
    <name>sluice::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::FilePump</name>
    <message>
        <source>The file of this download is no longer there.</source>
        <translation>Die Datei dieses Downloads ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The requested range lies outside the file, which has %1 bytes.</source>
        <translation>Der angefragte Bereich liegt außerhalb der Datei, die %1 Byte groß ist.</translation>
    </message>
    <message>
        <source>Could not read the file of this download.</source>
        <translation>Die Datei dieses Downloads konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sluice::GateConnection</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Body der Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Kopf der Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>A PATCH needs a Content-Length; chunked bodies are not accepted.</source>
        <translation>Ein PATCH braucht eine Content-Length; Bodys mit chunked-Kodierung werden nicht angenommen.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; at most %2 are accepted here.</source>
        <translation>Der Body der Anfrage hat %1 Byte; hier werden höchstens %2 angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>The request head did not arrive within %n second(s).</source>
        <translation>
            <numerusform>Der Kopf der Anfrage ist nicht innerhalb von %n Sekunde eingetroffen.</numerusform>
            <numerusform>Der Kopf der Anfrage ist nicht innerhalb von %n Sekunden eingetroffen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::GroupsChart</name>
    <message>
        <source>Group by column</source>
        <translation>Spalte für die Gruppierung</translation>
    </message>
    <message>
        <source>Number of groups shown</source>
        <translation>Anzahl der angezeigten Gruppen</translation>
    </message>
    <message>
        <source>The largest groups by the measure get a bar each; the rest share one &quot;Other&quot; bar</source>
        <translation>Die nach der Kennzahl größten Gruppen erhalten je einen Balken; der Rest teilt sich einen Balken „Sonstige“</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Gr&amp;uppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Top:</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Gruppierte Balken</translation>
    </message>
    <message>
        <source>No text column</source>
        <translation>Keine Textspalte</translation>
    </message>
    <message>
        <source>Grouped bars need a column of text, and this dataset has none.</source>
        <translation>Gruppierte Balken brauchen eine Textspalte, und dieser Datensatz hat keine.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The bars appear as soon as the import has read some rows.</source>
        <translation>Die Balken erscheinen, sobald der Import einige Zeilen gelesen hat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Asking the server for the groups.</source>
        <translation>Die Gruppen werden beim Server abgefragt.</translation>
    </message>
    <message>
        <source>Could not load the groups</source>
        <translation>Die Gruppen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no values so far.</source>
        <translation>Die Spalte „%1“ hat bisher keine Werte.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
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
%2: %3
%4 Zeilen</translation>
    </message>
</context>
<context>
    <name>sluice::HistogramChart</name>
    <message>
        <source>Histogram column</source>
        <translation>Spalte für das Histogramm</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>No numeric column</source>
        <translation>Keine Zahlenspalte</translation>
    </message>
    <message>
        <source>A histogram needs a column of numbers, and this dataset has none.</source>
        <translation>Ein Histogramm braucht eine Zahlenspalte, und dieser Datensatz hat keine.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The histogram appears as soon as the import has read some rows.</source>
        <translation>Das Histogramm erscheint, sobald der Import einige Zeilen gelesen hat.</translation>
    </message>
    <message>
        <source>The histogram appears when the dataset&apos;s statistics have loaded.</source>
        <translation>Das Histogramm erscheint, sobald die Statistik des Datensatzes geladen ist.</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no numbers so far.</source>
        <translation>Die Spalte „%1“ hat bisher keine Zahlen.</translation>
    </message>
    <message>
        <source>Histogram of %1</source>
        <translation>Histogramm von %1</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1; %2]</translation>
    </message>
    <message>
        <source>[%1, %2)</source>
        <translation>[%1; %2)</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
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
        <translation>CSV-Dateien hier ablegen</translation>
    </message>
    <message>
        <source>Sluice uploads them, imports the rows and works out statistics while it runs. Plain CSV or compressed: .gz, .bz2, .xz, .zst, .zip. Folders work too.</source>
        <translation>Sluice lädt sie hoch, importiert die Zeilen und berechnet dabei laufend Statistiken. Unkomprimiertes oder komprimiertes CSV: .gz, .bz2, .xz, .zst, .zip. Auch Ordner sind möglich.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No CSV files found in %1</source>
        <translation>Keine CSV-Dateien in %1 gefunden</translation>
    </message>
    <message>
        <source>Found 1 CSV file in %1</source>
        <translation>1 CSV-Datei in %1 gefunden</translation>
    </message>
    <message>
        <source>Found %1 CSV files in %2</source>
        <translation>%1 CSV-Dateien in %2 gefunden</translation>
    </message>
    <message>
        <source>The list of unfinished uploads could not be saved: %1</source>
        <translation>Die Liste der unvollständigen Uploads konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Choose CSV files to upload and import.</source>
        <translation>CSV-Dateien zum Hochladen und Importieren auswählen.</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a folder: every CSV file in it and its subfolders is uploaded.</source>
        <translation>Einen Ordner auswählen: Jede CSV-Datei darin und in seinen Unterordnern wird hochgeladen.</translation>
    </message>
    <message>
        <source>Share on &amp;LAN</source>
        <translation>Im &amp;LAN freigeben</translation>
    </message>
    <message>
        <source>Let colleagues on your network use this computer&apos;s server, with its token.</source>
        <translation>Kollegen in Ihrem Netzwerk den Server dieses Computers nutzen lassen, mit seinem Token.</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Work with another Sluice server, or go back to the embedded one.</source>
        <translation>Mit einem anderen Sluice-Server arbeiten oder zum eingebetteten zurückkehren.</translation>
    </message>
    <message>
        <source>Copy Server Address</source>
        <translation>Serveradresse kopieren</translation>
    </message>
    <message>
        <source>Copy the address of the server in use, for scripts and colleagues.</source>
        <translation>Die Adresse des verwendeten Servers kopieren, für Skripte und Kollegen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export rows of a dataset to CSV, compressed CSV or ZIP, as a task.</source>
        <translation>Zeilen eines Datensatzes als Aufgabe nach CSV, komprimiertes CSV oder ZIP exportieren.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Data directory, port, uploads and language.</source>
        <translation>Datenverzeichnis, Port, Uploads und Sprache.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation>&amp;Über Sluice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Uploading 1 file</source>
        <translation>1 Datei wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploading %1 files</source>
        <translation>%1 Dateien werden hochgeladen</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip *.tar)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip *.tar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The server could not be remembered: %1</source>
        <translation>Die Serververbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Settings saved. Some take effect when Sluice restarts.</source>
        <translation>Einstellungen gespeichert. Einige werden erst nach einem Neustart von Sluice wirksam.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation>Über Sluice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Move CSV data in, get answers out.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;CSV-Daten hinein, Antworten heraus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop to upload every CSV file in this folder</source>
        <translation>Ablegen, um jede CSV-Datei in diesem Ordner hochzuladen</translation>
    </message>
    <message>
        <source>Drop to upload this file</source>
        <translation>Ablegen, um diese Datei hochzuladen</translation>
    </message>
    <message>
        <source>Drop to upload these %1 items</source>
        <translation>Ablegen, um diese %1 Elemente hochzuladen</translation>
    </message>
    <message>
        <source>&amp;Pause All Uploads</source>
        <translation>Alle Uploads &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause every upload; resume them from the Uploads panel.</source>
        <translation>Pausiert alle Uploads; fortsetzen im Bereich Uploads.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>The teams reference table and its imports.</source>
        <translation>Die Referenztabelle der Teams und ihre Importe.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the teams on the Teams page, else the datasets.</source>
        <translation>Sucht auf der Teams-Seite die Teams, sonst die Datensätze.</translation>
    </message>
    <message>
        <source>Drop to import these teams</source>
        <translation>Ablegen, um diese Teams zu importieren</translation>
    </message>
</context>
<context>
    <name>sluice::MeasurePicker</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Summe von</translation>
    </message>
    <message>
        <source>Mean of</source>
        <translation>Mittelwert von</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>What each point or bar is worth: the number of rows, or the sum or mean of a column</source>
        <translation>Was jeder Punkt oder Balken darstellt: die Anzahl der Zeilen oder Summe bzw. Mittelwert einer Spalte</translation>
    </message>
    <message>
        <source>Measured column</source>
        <translation>Gemessene Spalte</translation>
    </message>
</context>
<context>
    <name>sluice::PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>sluice::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
</context>
<context>
    <name>sluice::RejectedRowsView</name>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Save every rejected row, with its line and reason, as a CSV file.</source>
        <translation>Jede abgelehnte Zeile mit Zeilennummer und Grund als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>Could not load the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Es wurden keine Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Could not save the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>1 row was rejected: here with its line in the file and the reason.</source>
        <translation>1 Zeile wurde abgewiesen: hier mit ihrer Zeilennummer in der Datei und dem Grund.</translation>
    </message>
    <message>
        <source>%1 rows were rejected: here with their lines in the file and the reasons.</source>
        <translation>%1 Zeilen wurden abgewiesen: hier mit ihren Zeilennummern in der Datei und den Gründen.</translation>
    </message>
</context>
<context>
    <name>sluice::ResultDownloader</name>
    <message>
        <source>The download was interrupted.</source>
        <translation>Der Download wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent a different part of the result than asked.</source>
        <translation>Der Server hat einen anderen Teil des Ergebnisses gesendet als angefragt.</translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation>Der Download endete nach %1 von %2 Byte.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
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
        <translation>ist einer von</translation>
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
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>Add Filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filterspalte</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Filteroperator</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>Show only the rows that match this condition too.</source>
        <translation>Nur die Zeilen anzeigen, die auch diese Bedingung erfüllen.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Enter a value to compare %1 with.</source>
        <translation>Geben Sie einen Wert ein, mit dem %1 verglichen wird.</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DDThh:mm:ss</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM-TTThh:mm:ss</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Showing rows where %1</source>
        <translation>Angezeigt werden Zeilen, bei denen gilt: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist einer von %2</translation>
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
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
</context>
<context>
    <name>sluice::ServerStatusLabel</name>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Embedded server did not start</source>
        <translation>Eingebetteter Server ist nicht gestartet</translation>
    </message>
    <message>
        <source>Starting the embedded server…</source>
        <translation>Eingebetteter Server wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>sluice::SettingsDialog</name>
    <message>
        <source>Automatic (adapts to the connection)</source>
        <translation>Automatisch (passt sich der Verbindung an)</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Datenverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Port of the embedded server</source>
        <translation>Port des eingebetteten Servers</translation>
    </message>
    <message>
        <source>0 lets the system pick any free port.</source>
        <translation>Bei 0 wählt das System einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>Parallele Uploads</translation>
    </message>
    <message>
        <source>Automatic chunk size</source>
        <translation>Automatische Blockgröße</translation>
    </message>
    <message>
        <source>Limit the chunk size</source>
        <translation>Blockgröße begrenzen</translation>
    </message>
    <message>
        <source>Chunk size in MiB</source>
        <translation>Blockgröße in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Parallel uploads:</source>
        <translation>Parallele Uploads:</translation>
    </message>
    <message>
        <source>Chunk size:</source>
        <translation>Blockgröße:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>The data directory, port, chunk size and language take effect when Sluice restarts. Parallel uploads change at once.</source>
        <translation>Datenverzeichnis, Port, Blockgröße und Sprache werden nach einem Neustart von Sluice wirksam. Parallele Uploads ändern sich sofort.</translation>
    </message>
    <message>
        <source>Data Directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
</context>
<context>
    <name>sluice::ShareDialog</name>
    <message>
        <source>Anyone on your network who has this token can read, change and delete every dataset on this server. Give it only to people you trust, over a private channel, and turn sharing off when they are done.</source>
        <translation>Jeder in Ihrem Netzwerk, der dieses Token hat, kann jeden Datensatz auf diesem Server lesen, ändern und löschen. Geben Sie es nur Personen, denen Sie vertrauen, über einen privaten Kanal weiter, und beenden Sie die Freigabe, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>Sharing on the Local Network</source>
        <translation>Freigabe im lokalen Netzwerk</translation>
    </message>
    <message>
        <source>This computer has no network address others can reach: connect it to a network, then turn sharing off and on again.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse, die andere erreichen können: Verbinden Sie ihn mit einem Netzwerk und schalten Sie die Freigabe dann aus und wieder ein.</translation>
    </message>
    <message>
        <source>Colleagues connect with File › Connect to Server… in Sluice (or any HTTP client) using one of these addresses and the token:</source>
        <translation>Kollegen verbinden sich in Sluice über Datei › Mit Server verbinden… (oder mit einem beliebigen HTTP-Client) über eine dieser Adressen und das Token:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>sluice::TaskEngine</name>
    <message>
        <source>Could not make the exports folder %1.</source>
        <translation>Der Export-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Canceled (the program stopped before the task did).</source>
        <translation>Abgebrochen (das Programm wurde vor der Aufgabe beendet).</translation>
    </message>
    <message>
        <source>The task was interrupted %1 times by the program stopping and is not tried again.</source>
        <translation>Die Aufgabe wurde %1-mal durch das Beenden des Programms unterbrochen und wird nicht erneut versucht.</translation>
    </message>
    <message>
        <source>Interrupted when the program stopped; queued to start again.</source>
        <translation>Beim Beenden des Programms unterbrochen; zum Neustart in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Stopped with the program; it starts again at the next start.</source>
        <translation>Mit dem Programm angehalten; sie startet beim nächsten Programmstart erneut.</translation>
    </message>
    <message>
        <source>The task engine is not running.</source>
        <translation>Die Aufgabenverwaltung läuft nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task type.</source>
        <translation>„%1“ ist kein Aufgabentyp.</translation>
    </message>
    <message>
        <source>Task %1 has already finished (%2): there is nothing to cancel.</source>
        <translation>Aufgabe %1 ist bereits beendet (%2): Es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <source>Canceled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sluice::TaskTableModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Parameters:
%1</source>
        <translation>Parameter:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Teams import</source>
        <translation>Teamimport</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
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
        <translation>Die Aufgabe konnte nicht starten: Ihr Worker hat keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Canceled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>There is no runner for tasks of type &quot;%1&quot;.</source>
        <translation>Für Aufgaben vom Typ „%1“ gibt es keinen Runner.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped with the program; it starts again at the next start.</source>
        <translation>Mit dem Programm angehalten; sie startet beim nächsten Programmstart erneut.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sluice::TasksPanel</name>
    <message>
        <source>No tasks</source>
        <translation>Keine Aufgaben</translation>
    </message>
    <message>
        <source>Imports and exports run here as tasks. Use File ▸ Export… to export a dataset; you can watch, cancel and download them here.</source>
        <translation>Importe und Exporte laufen hier als Aufgaben. Verwenden Sie Datei ▸ Exportieren…, um einen Datensatz zu exportieren; hier können Sie sie verfolgen, abbrechen und herunterladen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>Die ausgewählte Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Save the selected task&apos;s result to a file</source>
        <translation>Das Ergebnis der ausgewählten Aufgabe in einer Datei speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected task and its result from the server</source>
        <translation>Die ausgewählte Aufgabe und ihr Ergebnis vom Server entfernen</translation>
    </message>
    <message>
        <source>Resume Download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Continue the interrupted download from where it stopped</source>
        <translation>Den unterbrochenen Download dort fortsetzen, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder of the downloaded file</source>
        <translation>Den Ordner der heruntergeladenen Datei öffnen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Aufgabenstatus</translation>
    </message>
    <message>
        <source>Could not list the tasks: %1</source>
        <translation>Die Aufgaben konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not cancel the task: %1</source>
        <translation>Die Aufgabe konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the task: %1</source>
        <translation>Die Aufgabe konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation>Wird nach %1 heruntergeladen…</translation>
    </message>
    <message>
        <source>Download interrupted: %1</source>
        <translation>Download unterbrochen: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Resuming the download…</source>
        <translation>Download wird fortgesetzt…</translation>
    </message>
</context>
<context>
    <name>sluice::TeamRejectionsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Row as Written</source>
        <translation>Zeile wie geschrieben</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsImportReportView</name>
    <message>
        <source>Accepted rows</source>
        <translation>Angenommene Zeilen</translation>
    </message>
    <message>
        <source>New teams</source>
        <translation>Neue Teams</translation>
    </message>
    <message>
        <source>Updated teams</source>
        <translation>Aktualisierte Teams</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Save Rejects as CSV…</source>
        <translation>Abgelehnte als CSV speichern…</translation>
    </message>
    <message>
        <source>Latest teams import</source>
        <translation>Letzter Teamimport</translation>
    </message>
    <message>
        <source>Teams import progress</source>
        <translation>Fortschritt des Teamimports</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Angenommen:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Save every rejected row, with its line and reason, as a CSV file</source>
        <translation>Jede abgelehnte Zeile mit Zeilennummer und Grund als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No teams import yet</source>
        <translation>Noch kein Teamimport</translation>
    </message>
    <message>
        <source>Latest teams import: %1</source>
        <translation>Letzter Teamimport: %1</translation>
    </message>
    <message>
        <source>Import a teams file to see what was accepted and rejected.</source>
        <translation>Importieren Sie eine Teamdatei, um zu sehen, was angenommen und was abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Wartet auf den Start…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed, nothing was changed: %1</source>
        <translation>Fehlgeschlagen, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Canceled, nothing was changed.</source>
        <translation>Abgebrochen, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Columns that are not teams columns were ignored: %1</source>
        <translation>Spalten, die keine Teamspalten sind, wurden ignoriert: %1</translation>
    </message>
    <message>
        <source>Could not load the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows; the saved CSV has all of them.</source>
        <translation>Angezeigt werden die ersten %1 von %2 abgelehnten Zeilen; die gespeicherte CSV-Datei enthält alle.</translation>
    </message>
    <message>
        <source>teams-rejects.csv</source>
        <translation>teams-abgelehnt.csv</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-abgelehnt.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>Es gibt keine abgelehnten Zeilen zum Speichern.</translation>
    </message>
    <message>
        <source>Saving the rejected rows to %1…</source>
        <translation>Die abgelehnten Zeilen werden in %1 gespeichert…</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1</source>
        <translation>Die abgelehnten Zeilen wurden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saving the rejected rows</source>
        <translation>Speichern der abgewiesenen Zeilen</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsPage</name>
    <message>
        <source>Import a CSV file of teams with a header line. Its columns: %1 (required) and %2 (optional). Click Import Teams… or drop the file on this page; rows whose team_id is already known update that team.</source>
        <translation>Importieren Sie eine CSV-Datei mit Teams und einer Kopfzeile. Ihre Spalten: %1 (Pflicht) und %2 (optional). Klicken Sie auf „Teams importieren…“ oder ziehen Sie die Datei auf diese Seite; Zeilen mit einer bereits bekannten team_id aktualisieren dieses Team.</translation>
    </message>
    <message>
        <source>Import Teams…</source>
        <translation>Teams importieren…</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Import Teams</source>
        <translation>Teams importieren</translation>
    </message>
    <message>
        <source>Upload a CSV file of teams; the server adds new teams and updates known ones</source>
        <translation>Eine CSV-Datei mit Teams hochladen; der Server fügt neue Teams hinzu und aktualisiert bekannte</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Teams durchsuchen</translation>
    </message>
    <message>
        <source>Search team ID, name or region</source>
        <translation>Team-ID, Name oder Region suchen</translation>
    </message>
    <message>
        <source>Could not look up the latest teams import: %1</source>
        <translation>Der letzte Teamimport konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Could not list the teams: %1</source>
        <translation>Die Teams konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Not a teams file (a file is needed, not a folder or a missing path): %1</source>
        <translation>Keine Teamdatei (nötig ist eine Datei, kein Ordner und kein fehlender Pfad): %1</translation>
    </message>
    <message>
        <source>Teams files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip)</source>
        <translation>Teamdateien (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Waiting to upload %1…</source>
        <translation>%1 wartet auf das Hochladen…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>The upload of %1 is paused; resume it in Uploads.</source>
        <translation>Der Upload von %1 ist pausiert; setzen Sie ihn unter „Uploads“ fort.</translation>
    </message>
    <message>
        <source>The server already had %1 (the same bytes) and imported it then; it is not imported again. Change the file to import it anew.</source>
        <translation>Der Server hatte %1 bereits (dieselben Bytes) und hat die Datei damals importiert; sie wird nicht erneut importiert. Ändern Sie die Datei, um sie neu zu importieren.</translation>
    </message>
    <message>
        <source>Uploaded %1; the server is importing it.</source>
        <translation>%1 hochgeladen; der Server importiert die Datei.</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>The upload of %1 was canceled.</source>
        <translation>Der Upload von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sluice::TeamsTableModel</name>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Lead Email</source>
        <translation>E-Mail der Leitung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>sluice::TimeSeriesChart</name>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>Time bucket</source>
        <translation>Zeitintervall</translation>
    </message>
    <message>
        <source>Hours need a column with times; weeks start on Monday; all in UTC</source>
        <translation>Stunden brauchen eine Spalte mit Uhrzeiten; Wochen beginnen am Montag; alles in UTC</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>Datums&amp;spalte:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>No date column</source>
        <translation>Keine Datumsspalte</translation>
    </message>
    <message>
        <source>A time series needs a column of dates or times, and this dataset has none.</source>
        <translation>Eine Zeitreihe braucht eine Spalte mit Datums- oder Zeitangaben, und dieser Datensatz hat keine.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The series appears as soon as the import has read some rows.</source>
        <translation>Die Zeitreihe erscheint, sobald der Import einige Zeilen gelesen hat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Asking the server for the series.</source>
        <translation>Die Zeitreihe wird beim Server abgefragt.</translation>
    </message>
    <message>
        <source>Could not load the series</source>
        <translation>Die Zeitreihe konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Noch keine Datumswerte</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no dates so far.</source>
        <translation>Die Spalte „%1“ hat bisher keine Datumswerte.</translation>
    </message>
    <message>
        <source>%1 by %2 of %3</source>
        <translation>%1 pro %2 nach %3</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 rows</source>
        <translation>%1
%2: %3
%4 Zeilen</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>Week %1 of %2, from %3</source>
        <translation>KW %1/%2, ab %3</translation>
    </message>
</context>
<context>
    <name>sluice::TusService</name>
    <message>
        <source>A PATCH body must be sent as application/offset+octet-stream.</source>
        <translation>Ein PATCH-Body muss als application/offset+octet-stream gesendet werden.</translation>
    </message>
    <message>
        <source>The upload %1 was terminated.</source>
        <translation>Der Upload %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>The upload %1 is %2 and takes no more bytes.</source>
        <translation>Der Upload %1 hat den Status %2 und nimmt keine weiteren Bytes an.</translation>
    </message>
    <message>
        <source>The upload is at byte %1, not at byte %2: ask for its offset (HEAD) and resume from there.</source>
        <translation>Der Upload steht bei Byte %1, nicht bei Byte %2: Fragen Sie seinen Offset ab (HEAD) und setzen Sie dort fort.</translation>
    </message>
    <message>
        <source>The chunk has %1 bytes, but only %2 more fit in the upload.</source>
        <translation>Der Block hat %1 Byte, in den Upload passen aber nur noch %2.</translation>
    </message>
    <message>
        <source>The chunk does not match its Upload-Checksum; it was not applied, so send it again.</source>
        <translation>Der Block passt nicht zu seiner Upload-Checksum; er wurde nicht übernommen, senden Sie ihn daher erneut.</translation>
    </message>
</context>
<context>
    <name>sluice::TusUploader</name>
    <message>
        <source>Canceled here, but the server could not be told to discard the partial upload: %1</source>
        <translation>Hier abgebrochen, aber dem Server konnte nicht mitgeteilt werden, den unvollständigen Upload zu verwerfen: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>Retrying in %1 s: %2</source>
        <translation>Neuer Versuch in %1 s: %2</translation>
    </message>
    <message>
        <source>A chunk arrived damaged (checksum mismatch).</source>
        <translation>Ein Block kam beschädigt an (Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <source>%1 changed since its upload began; uploading it again from the start.</source>
        <translation>%1 hat sich seit Beginn des Uploads geändert; die Datei wird von vorn hochgeladen.</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts (%2 bytes).</source>
        <translation>%1 ist größer, als der Server annimmt (%2 Byte).</translation>
    </message>
    <message>
        <source>The server created the upload but did not say where.</source>
        <translation>Der Server hat den Upload angelegt, aber nicht mitgeteilt, wo.</translation>
    </message>
    <message>
        <source>Already on the server: nothing needed to be sent.</source>
        <translation>Bereits auf dem Server: Es musste nichts gesendet werden.</translation>
    </message>
    <message>
        <source>The server did not say how much of the upload it has.</source>
        <translation>Der Server hat nicht mitgeteilt, wie viel des Uploads er bereits hat.</translation>
    </message>
    <message>
        <source>The server keeps losing this upload.</source>
        <translation>Der Server verliert diesen Upload immer wieder.</translation>
    </message>
    <message>
        <source>The server no longer had this upload; it starts again from the beginning.</source>
        <translation>Der Server hatte diesen Upload nicht mehr; er beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>sluice::UploadTableModel</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>hashing</source>
        <translation>Prüfsumme wird berechnet</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>already uploaded</source>
        <translation>bereits hochgeladen</translation>
    </message>
    <message>
        <source>waiting to import</source>
        <translation>wartet auf Import</translation>
    </message>
    <message>
        <source>importing %1%…</source>
        <translation>Import %1&#xa0;%…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>hashing %1%</source>
        <translation>Prüfsumme %1&#xa0;%</translation>
    </message>
    <message>
        <source>import %1%</source>
        <translation>Import %1&#xa0;%</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
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
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <source>Drop CSV files or folders on the window, or use Add Files…, to upload and import them. You can pause, resume or cancel them here.</source>
        <translation>Ziehen Sie CSV-Dateien oder Ordner auf das Fenster oder verwenden Sie „Dateien hinzufügen…“, um sie hochzuladen und zu importieren. Hier können Sie sie pausieren, fortsetzen oder abbrechen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Die ausgewählten Uploads pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected uploads</source>
        <translation>Die ausgewählten Uploads fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected uploads</source>
        <translation>Die ausgewählten Uploads abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected failed uploads</source>
        <translation>Die ausgewählten fehlgeschlagenen Uploads wiederholen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove uploads that are done or canceled from the list</source>
        <translation>Fertige oder abgebrochene Uploads aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Pause every upload</source>
        <translation>Alle Uploads pausieren</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Resume every paused upload</source>
        <translation>Alle pausierten Uploads fortsetzen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
</context>
</TS>
