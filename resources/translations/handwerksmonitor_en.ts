<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>Auflösung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auflösung in dpi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm als PNG speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm als SVG speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG-Grafik (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PNG speichern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als SVG speichern…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Handwerksmonitor</source>
        <translation>About Handwerksmonitor</translation>
    </message>
    <message>
        <source>Handwerksmonitor Mitteldeutschland</source>
        <translation>Handwerksmonitor Central Germany</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Daten, Prognosen und Empfehlungen für das Handwerk in der Innovationsregion Mitteldeutschland – offline, ohne Netzwerkzugriff.</source>
        <translation>Data, forecasts and recommendations for the crafts in the Innovation Region Central Germany – offline, without network access.</translation>
    </message>
    <message>
        <source>Lizenzen der mitgelieferten Daten</source>
        <translation>Licences of the bundled data</translation>
    </message>
    <message>
        <source>Verwendete Bibliotheken</source>
        <translation>Libraries used</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt wird unter der GNU Lesser General Public License v3 genutzt (dynamisch gelinkt); die Lizenztexte liegen den Bibliotheken bei.</source>
        <translation>Qt is used under the GNU Lesser General Public License v3 (dynamically linked); the licence texts ship with the libraries.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Die Datenbank ist in einem anderen Fenster geöffnet – diese Sitzung ist schreibgeschützt.</source>
        <translation>The database is open in another window – this session is read-only.</translation>
    </message>
    <message>
        <source>Das Programm wurde beim letzten Mal unerwartet beendet. Ein Bericht liegt im Protokollordner.</source>
        <translation>The program ended unexpectedly last time. A report is in the log folder.</translation>
    </message>
    <message>
        <source>Die mitgelieferten Daten konnten nicht geladen werden. Bitte installieren Sie das Programm neu.</source>
        <translation>The bundled data could not be loaded. Please reinstall the program.</translation>
    </message>
</context>
<context>
    <name>ApprenticeshipView</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index gegen Deutschland (Basisjahr = 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildung im Handwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gerundet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herausgeber</source>
        <translation type="unfinished">Publisher</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veröffentlichte Reihen (je Quelle, Stichtag und Abgrenzung):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (Basisjahr = 100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessSizeView</name>
    <message>
        <source>Amtliche Kreiswerte der Handwerkszählung liegen nur für 2010–2014 vor (Tabelle 53111-01-01-4); tätige Personen je Unternehmen, berechnet aus den amtlichen Zahlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tätige Personen je Handwerksunternehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen je Unternehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veränderung 2010–2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unternehmen aller Branchen 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil Handwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgrenzung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Vergleich: alle Branchen (Unternehmensregister 2014)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataVersionsDialog</name>
    <message>
        <source>Datenstände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeder Import ist ein Datenstand. Der aktive Datenstand sind die mitgelieferten Daten mit allen Importen bis einschließlich des gewählten darübergelegt (ein späterer Import ersetzt denselben Wert eines früheren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished">As of</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werte prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt geöffnet; Datenstände können nur angesehen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitgeliefert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgelieferte Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtlich</source>
        <translation type="unfinished">official</translation>
    </message>
    <message>
        <source>Kammerdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die mit dem Programm ausgelieferten Daten (Quellen: Hilfe › Quellen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenstand {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitgeliefert: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation type="unfinished">estimate</translation>
    </message>
    <message>
        <source>Wirklich Datenstand {0} rückgängig machen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum Bestätigen noch einmal klicken. Die Werte dieses Imports werden gelöscht; die Datei selbst bleibt unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv: mitgelieferte Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv: Datenstand {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datenstand konnte nicht gewechselt werden. Details stehen im Protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictReport</name>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Einwohner am 31.12.%1</source>
        <translation>Inhabitants on 31 Dec %1</translation>
    </message>
    <message>
        <source>Fläche</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Einwohner je km²</source>
        <translation>Inhabitants per km²</translation>
    </message>
    <message>
        <source>Handwerksunternehmen</source>
        <translation>Craft businesses</translation>
    </message>
    <message>
        <source>Handwerksunternehmen %1</source>
        <translation>Craft businesses %1</translation>
    </message>
    <message>
        <source>Tätige Personen</source>
        <translation>Persons employed</translation>
    </message>
    <message>
        <source>Betriebe je 1.000 Einw.</source>
        <translation>Businesses per 1,000 inh.</translation>
    </message>
    <message>
        <source>Personen je Betrieb</source>
        <translation>Persons per business</translation>
    </message>
    <message>
        <source>Kreisfreie Stadt</source>
        <translation>Independent city</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>Rural district</translation>
    </message>
    <message>
        <source>Sachsen</source>
        <translation>Saxony</translation>
    </message>
    <message>
        <source>Sachsen-Anhalt</source>
        <translation>Saxony-Anhalt</translation>
    </message>
    <message>
        <source>Thüringen</source>
        <translation>Thuringia</translation>
    </message>
    <message>
        <source>%1 (%2, Stand %3; %4)</source>
        <translation>%1 (%2, as of %3; %4)</translation>
    </message>
    <message>
        <source>Kreisprofil %1</source>
        <translation>District profile %1</translation>
    </message>
    <message>
        <source>Datenstand: %1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>Bezugsjahr Handwerk: %1</source>
        <translation>Reference year crafts: %1</translation>
    </message>
    <message>
        <source>%1 (dunkelblau) in der %2</source>
        <translation>%1 (dark blue) in the %2</translation>
    </message>
    <message>
        <source>Handwerk nach Gewerbegruppen %1</source>
        <translation>Crafts by trade group %1</translation>
    </message>
    <message>
        <source>keine Daten</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Keine Werte je Gewerbegruppe: %1</source>
        <translation>No figures per trade group: %1</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Trade group</translation>
    </message>
    <message>
        <source>Unternehmen</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Anteil an den Beschäftigten</source>
        <translation>Share of persons employed</translation>
    </message>
    <message>
        <source>Lokalisations-faktor</source>
        <translation>Location quotient</translation>
    </message>
    <message>
        <source>Werte je Gewerbegruppe: eigene Schätzung (an amtliche und veröffentlichte Summen angepasst). Lokalisationsfaktor = Anteil im Kreis / Anteil in Deutschland (Beschäftigte).</source>
        <translation>Figures per trade group: our own estimate (fitted to official and published totals). Location quotient = share in the district / share in Germany (persons employed).</translation>
    </message>
    <message>
        <source>Bevölkerung am 31.12.</source>
        <translation>Population on 31 Dec</translation>
    </message>
    <message>
        <source>Einwohner (amtlich)</source>
        <translation>Inhabitants (official)</translation>
    </message>
    <message>
        <source>Prognose %1: Lücke je Gewerbegruppe</source>
        <translation>Forecast %1: gap per trade group</translation>
    </message>
    <message>
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>nicht verfügbar</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Keine Prognose: %1</source>
        <translation>No forecast: %1</translation>
    </message>
    <message>
        <source>Nachfrage minus Angebot in Beschäftigtenäquivalenten (positiv = Nachfrageüberhang)</source>
        <translation>Demand minus supply in employee equivalents (positive = excess demand)</translation>
    </message>
    <message>
        <source>Projektion</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Quellen: %1.</source>
        <translation>Sources: %1.</translation>
    </message>
    <message>
        <source>„Schätzung“ = eigene, dokumentierte Schätzung, keine amtliche Zahl · Datenstand %1 · erstellt am %2</source>
        <translation>&apos;Estimate&apos; = our own documented estimate, not an official figure · data as of %1 · created on %2</translation>
    </message>
    <message>
        <source>Seite 1 von 1</source>
        <translation>Page 1 of 1</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
</context>
<context>
    <name>DistrictStudySection</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tätige Personen je Handwerksunternehmen (amtlich, 2010–2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veränderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildung: %1 und %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gerundet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten. Bitte starten Sie das Programm neu, falls es nicht mehr richtig reagiert.</source>
        <translation>An unexpected error occurred. Please restart the program if it no longer responds properly.</translation>
    </message>
    <message>
        <source>Die technischen Details stehen unter „Details“ und im Protokoll:</source>
        <translation>The technical details are under “Details” and in the log:</translation>
    </message>
    <message>
        <source>Details kopieren</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel-Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Kreise der Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgewählte Kreise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Szenarien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zieldatei, z. B. Handwerksmonitor.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognose-Szenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Arbeitsmappe enthält je Tabelle ein Blatt sowie die Blätter „Quellen“ und „Annahmen“; Schätzungen sind als „Schätzung“ gekennzeichnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Datei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine Zieldatei angeben (Schaltfläche „Durchsuchen …“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte mindestens einen Kreis ankreuzen oder „Alle Kreise der Region“ wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeitsmappe wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Export gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Export ist fehlgeschlagen. Bitte einen anderen Speicherort wählen oder Hilfe › Diagnose öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtl. Vorausberechnung (Stützjahr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanne pessimistisch–optimistisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigene Projektion →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <source>Gewerblicher Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privater Bedarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRMD (alle 9 Kreise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation type="unfinished">Trade group</translation>
    </message>
    <message>
        <source>Szenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Szenario speichern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Index (Basisjahr = 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Szenario-Werte wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Annahmen mit Quelle: Ansicht „Annahmen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schätzung · eigene Projektion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Gruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognose wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Prognose konnte nicht berechnet werden. Details stehen im Protokoll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognose nicht verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Lesen: Szenarien können jetzt nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Szenario speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Szenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Szenarien können gerade nicht gespeichert werden: Die Datenbank ist schreibgeschützt geöffnet, weil ein anderes Fenster des Handwerksmonitors sie verwendet. Bitte das andere Fenster schließen und den Handwerksmonitor neu starten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: Angebot und Nachfrage %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfrageüberhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebotsüberhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücke %1 (Nachfrage − Angebot): %2 Beschäftigtenäquivalente (%3 der Nachfrage) – %4. Szenario: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (angepasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebot: Beschäftigte je Gewerbegruppe im Basisjahr %1 (Schätzung), fortgeschrieben mit Verrentung, Ausbildung, Wanderung und Produktivität (eigene Projektion). Nachfrage: Bevölkerung nach Altersgruppen (amtlich bis %2, danach eigene Projektion) × Nachfragegewichte, im Basisjahr gleich dem Angebot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ = Jahr mit amtlicher Bevölkerungsvorausberechnung, durch die die Projektion geht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Einwohner (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigtenäquivalente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (Basisjahr %1 = 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung der Lücke %1 (Beschäftigtenäquivalente)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Daten importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert eine Tabelle aus GENESIS/Regionalstatistik (CSV-Export oder Flatfile) oder die ausgefüllte Vorlage für Kammerdaten (.xlsx oder .csv). Vor dem Speichern sehen Sie eine Vorschau; jeder Import wird ein eigener Datenstand und kann rückgängig gemacht werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation type="unfinished">Trade group</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonderzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorlage für Kammerdaten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenstände …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt geöffnet (ein anderes Fenster verwendet sie). Sie können Dateien prüfen, aber nicht importieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei für den Import wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.xlsx *.zip *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgebrochen. Es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei wurde nicht importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte die folgenden Punkte in der Datei korrigieren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht verarbeitet werden. Details stehen im Protokoll (Hilfe › Diagnose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert als Datenstand {0}; er ist jetzt aktiv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtliche Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kammerdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahre: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikatoren: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Zeilen gelesen, {1} Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Gebiete außerhalb der Region werden nicht übernommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonderzeichen „{0}“ ({1}×): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht übernommen (kein passender Indikator): {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kreisprofile</source>
        <translation>District profiles</translation>
    </message>
    <message>
        <source>Branchenportfolio</source>
        <translation>Sector portfolio</translation>
    </message>
    <message>
        <source>Prognose</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Studie</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Handwerksmonitor Mitteldeutschland</source>
        <translation>Handwerksmonitor Central Germany</translation>
    </message>
    <message>
        <source>Daten werden geladen …</source>
        <translation>Loading data …</translation>
    </message>
    <message>
        <source>Schreibgeschützt</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Daten &amp;importieren …</source>
        <translation>&amp;Import data …</translation>
    </message>
    <message>
        <source>&amp;Vorlage für Kammerdaten …</source>
        <translation>Chamber data &amp;template …</translation>
    </message>
    <message>
        <source>Daten&amp;versionen …</source>
        <translation>Data &amp;versions …</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Noch nicht verfügbar</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Vollbild</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Präsentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quellen …</source>
        <translation>&amp;Sources …</translation>
    </message>
    <message>
        <source>&amp;Diagnose kopieren</source>
        <translation>Copy &amp;diagnostics</translation>
    </message>
    <message>
        <source>Ü&amp;ber Handwerksmonitor …</source>
        <translation>&amp;About Handwerksmonitor …</translation>
    </message>
    <message>
        <source>Die Datenbank ist in einem anderen Fenster geöffnet – diese Sitzung ist schreibgeschützt.</source>
        <translation>The database is open in another window – this session is read-only.</translation>
    </message>
    <message>
        <source>Dieser Bereich ist noch nicht verfügbar.</source>
        <translation>This section is not available yet.</translation>
    </message>
    <message>
        <source>Dieser Bereich konnte nicht geladen werden. Die Einzelheiten stehen im Protokoll:</source>
        <translation>This section could not be loaded. The details are in the log:</translation>
    </message>
    <message>
        <source>Schätzwerte sichtbar</source>
        <translation>Estimates on screen</translation>
    </message>
    <message>
        <source>Keine Schätzwerte sichtbar</source>
        <translation>No estimates on screen</translation>
    </message>
    <message>
        <source>Auf dieser Seite stehen geschätzte Zahlen; sie sind mit „Schätzung“ gekennzeichnet.</source>
        <translation>This page shows estimated figures; they are marked “estimate”.</translation>
    </message>
    <message>
        <source>Auf dieser Seite stehen keine geschätzten Zahlen.</source>
        <translation>This page shows no estimated figures.</translation>
    </message>
    <message>
        <source>Datenstand: %1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>Diagnose in die Zwischenablage kopiert.</source>
        <translation>Diagnostics copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <source>Quelle: %1</source>
        <translation type="unfinished">Source: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <source>Branchenportfolio</source>
        <translation type="unfinished">Sector portfolio</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation type="unfinished">estimate</translation>
    </message>
    <message>
        <source>Gebiet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRMD gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endjahr (auch Jahr des Lokalisationsfaktors und der Blasengröße)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmischer LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-Achse als ln(LQ): symmetrisch um 0 (= Bundesdurchschnitt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blasenfläche = Beschäftigte im Endjahr. Rechts der senkrechten Linie ist die Gruppe stärker vertreten als in Deutschland, oberhalb der waagerechten Linie wächst sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Werte je Gewerbegruppe sind Schätzungen (kursiv). Spaltenkopf anklicken zum Sortieren. LQ: Anteil der Gruppe an den Beschäftigten im Gebiet geteilt durch ihren Anteil in Deutschland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stärker vertreten als in Deutschland und wachsend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schwächer vertreten, aber wachsend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stärker vertreten, aber schrumpfend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schwächer vertreten und schrumpfend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation type="unfinished">Trade group</translation>
    </message>
    <message>
        <source>Wachstum</source>
        <translation type="unfinished">Growth</translation>
    </message>
    <message>
        <source>Veränderung der Beschäftigten im Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der Beschäftigten gegenüber Deutschland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte (tätige Personen) im Endjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Beschäftigte %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigungsentwicklung in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ln(Lokalisationsfaktor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wachsende Leitbranche</source>
        <translation type="unfinished">growing lead sector</translation>
    </message>
    <message>
        <source>Potenzial</source>
        <translation type="unfinished">potential</translation>
    </message>
    <message>
        <source>schrumpfende Stärke</source>
        <translation type="unfinished">shrinking strength</translation>
    </message>
    <message>
        <source>Problemfeld</source>
        <translation type="unfinished">problem area</translation>
    </message>
    <message>
        <source>Wachstum %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor: %1 (ln: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einordnung: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>%1 (%2, Stand %3)</source>
        <translation>%1 (%2, as of %3)</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>%1 Kreise und kreisfreie Städte</source>
        <translation>%1 rural districts and independent cities</translation>
    </message>
    <message>
        <source>Einwohner am 31.12.%1 (amtlich)</source>
        <translation>Inhabitants on 31 Dec %1 (official)</translation>
    </message>
    <message>
        <source>Handwerksbetriebe je 1.000 Einwohner %1</source>
        <translation>Craft businesses per 1,000 inhabitants %1</translation>
    </message>
    <message>
        <source>Die %1</source>
        <translation>The %1</translation>
    </message>
    <message>
        <source>wachsende Leitbranche</source>
        <translation>growing lead sector</translation>
    </message>
    <message>
        <source>Potenzial</source>
        <translation>potential</translation>
    </message>
    <message>
        <source>schrumpfende Stärke</source>
        <translation>shrinking strength</translation>
    </message>
    <message>
        <source>Problemfeld</source>
        <translation>problem area</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor %1 (Deutschland = 1)</source>
        <translation>Location quotient %1 (Germany = 1)</translation>
    </message>
    <message>
        <source>Beschäftigte %1–%2</source>
        <translation>Persons employed %1–%2</translation>
    </message>
    <message>
        <source>Wachstum</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Branchenportfolio %1</source>
        <translation>Sector portfolio %1</translation>
    </message>
    <message>
        <source>Nachfrage minus Angebot (Beschäftigtenäquivalente)</source>
        <translation>Demand minus supply (employee equivalents)</translation>
    </message>
    <message>
        <source>Projektion</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Lücke im Jahr %1</source>
        <translation>Gap in %1</translation>
    </message>
    <message>
        <source>Positiv = mehr Nachfrage als Angebot (Fachkräftelücke). Eigene Projektion; Angebot beruht auf geschätzten Beschäftigten je Gewerbegruppe.</source>
        <translation>Positive = more demand than supply (skills gap). Our own projection; supply rests on estimated persons employed per trade group.</translation>
    </message>
    <message>
        <source>Prognose %1: Szenario „%2“</source>
        <translation>Forecast %1: scenario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Stärken</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Schwächen</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Chancen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Risiken</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Quelle: Studie „Zukunftsfaktor Handwerk“ (Zusammenfassung; Themen in eigenen Worten, je Eintrag mit Fundstelle) und Eingaben der Kammer; → Nummern der Handlungsempfehlungen</source>
        <translation>Source: study &apos;Zukunftsfaktor Handwerk&apos; (summary; themes in our own words, each item with its passage) and entries of the chamber; → numbers of the recommendations</translation>
    </message>
    <message>
        <source>SWOT des Handwerks in der Region</source>
        <translation>SWOT of the regional craft sector</translation>
    </message>
    <message>
        <source>Quelle: Studie „Zukunftsfaktor Handwerk“ (Empfehlungen, eigene Kurzfassung); Umsetzungsstand: Eingaben der Kammern</source>
        <translation>Source: study &apos;Zukunftsfaktor Handwerk&apos; (recommendations, our own summary); implementation status: entries of the chambers</translation>
    </message>
    <message>
        <source>%1 Empfehlungen, %2 Maßnahmen</source>
        <translation>%1 recommendations, %2 measures</translation>
    </message>
    <message>
        <source>Stand je Empfehlung</source>
        <translation>Status per recommendation</translation>
    </message>
    <message>
        <source>Umsetzungsstand der Handlungsempfehlungen</source>
        <translation>Implementation status of the recommendations</translation>
    </message>
    <message>
        <source>Empfehlung %1: %2</source>
        <translation>Recommendation %1: %2</translation>
    </message>
    <message>
        <source>Beantwortet SWOT: noch kein Eintrag verknüpft</source>
        <translation>Answers SWOT: no item linked yet</translation>
    </message>
    <message>
        <source>Beantwortet SWOT: %1</source>
        <translation>Answers SWOT: %1</translation>
    </message>
    <message>
        <source>Handlungsfeld: %1</source>
        <translation>Action field: %1</translation>
    </message>
    <message>
        <source>Hintergrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Verantwortlich: %1   ·   Fällig: %2</source>
        <translation>Responsible: %1   ·   Due: %2</translation>
    </message>
    <message>
        <source>Nächste Schritte: %1</source>
        <translation>Next steps: %1</translation>
    </message>
    <message>
        <source>Maßnahmen (%1)</source>
        <translation>Measures (%1)</translation>
    </message>
    <message>
        <source>Noch keine Maßnahmen erfasst.</source>
        <translation>No measures entered yet.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Präsentation – Handwerksmonitor Mitteldeutschland</source>
        <translation>Presentation – Handwerksmonitor Mitteldeutschland</translation>
    </message>
    <message>
        <source>Keine Folien</source>
        <translation>No slides</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Für die Präsentation liegen noch keine Daten vor.</source>
        <translation>There are no data for the presentation yet.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Daten werden geladen …</source>
        <translation type="unfinished">Loading data …</translation>
    </message>
    <message>
        <source>Kreise der Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrere Kreise auswählen (Klick in Liste oder Karte) und nebeneinander vergleichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreisfreie Stadt</source>
        <translation type="unfinished">Independent city</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished">Rural district</translation>
    </message>
    <message>
        <source>Karte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr (bei der Bevölkerungsentwicklung: Endjahr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichtsjahr der Kennzahlen (Summen ab 2015 und alle Gruppenwerte: Schätzung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwohner je km²</source>
        <translation type="unfinished">Inhabitants per km²</translation>
    </message>
    <message>
        <source>Handwerksbetriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebsdichte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je 1.000 Einw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwerksbetriebe je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tätige Personen im Handwerk (Anlage A und B1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entwicklung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausbildung und Betriebsgröße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevölkerung (31.12.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwerksbetriebe (amtlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation type="unfinished">estimate</translation>
    </message>
    <message>
        <source>Werte je Gewerbegruppe sind Schätzungen (kursiv). LQ: Lokalisationsfaktor der Beschäftigten gegenüber Deutschland (über 1 = stärker vertreten als im Bund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der Beschäftigten (Deutschland = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreise in der Liste oder auf der Karte anklicken: hinzufügen oder entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil
Betriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil an allen Handwerksbetrieben des Kreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil
Beschäftigte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil an allen Beschäftigten im Handwerk des Kreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe je
1.000 Einw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe der Gruppe je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRMD %1 · Deutschland %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreisvergleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe je 1.000 Einw.</source>
        <translation type="unfinished">Businesses per 1,000 inh.</translation>
    </message>
    <message>
        <source>Bevölkerungsentwicklung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte je Betrieb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen je Betrieb</source>
        <translation type="unfinished">Persons per business</translation>
    </message>
    <message>
        <source>Anteil einer Gewerbegruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% der Betriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation type="unfinished">Trade group</translation>
    </message>
    <message>
        <source>Betriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor (Beschäftigte) gegenüber Deutschland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Daten konnten nicht geladen werden: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Zensusbruch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwohner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fläche %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlage A und B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 je Betrieb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestrichelt: Zensus-Umstellung der Bevölkerungszahlen (ab 2010 Zensus 2011, ab 2022 Zensus 2022), davor und danach nicht direkt vergleichbar. Betriebe: nur Jahre mit amtlichen Daten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe: nur Jahre mit amtlichen Daten (Handwerkszählung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewerbegruppen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevölkerung seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschäftigte im Handwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der Beschäftigten gegenüber Deutschland: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreisvergleich %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursiv: Schätzung (Werte je Gewerbegruppe und daraus gebildete Summen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>amtlich</source>
        <translation>official</translation>
    </message>
    <message>
        <source>veröffentlicht</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Studie</source>
        <translation>study</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Quellen der Daten</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Jede Zahl im Handwerksmonitor stammt aus einer dieser Quellen. Eigene Schätzungen sind farbig hervorgehoben und überall mit „Schätzung“ gekennzeichnet.</source>
        <translation>Every figure in Handwerksmonitor comes from one of these sources. Our own estimates are highlighted in colour and marked “estimate” everywhere.</translation>
    </message>
    <message>
        <source>Quellen durchsuchen …</source>
        <translation>Search sources …</translation>
    </message>
    <message>
        <source>Datensatz</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Herausgeber</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Maßnahme löschen (bleibt im Verlauf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Umschalt+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganzen Tracker als Datei speichern (für einen anderen Rechner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker-Datei eines anderen Rechners zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, der im Verlauf steht (leer: Anmeldename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwortlich …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur überfällige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Einträge angezeigt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahme gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker-Datei (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportiert nach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import abgebrochen; nichts wurde geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert: %1 neue Einträge, %2 Änderungen, %3 Konflikte entschieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt; der vorherige Stand wurde gesichert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>&lt;span style=&apos;color:#0B4F8A&apos;&gt;━━ Angebot&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#D55E00&apos;&gt;╍╍ Nachfrage&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;background:#f2c4a6&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; Nachfrageüberhang&amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:#b3e0d2&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; Angebotsüberhang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>Auf eine Quelle klicken: Herkunft, Lizenz und Stand anzeigen</source>
        <translation>Click a source to see its origin, licence and date</translation>
    </message>
    <message>
        <source>Stand %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Quelle:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
</context>
<context>
    <name>StudyTab</name>
    <message>
        <source>Ausbildung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebsgrößen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befragung und Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>(Mehrfachantworten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperationen für Neuerungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil der Betriebe in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spätere Befragung mit derselben Frage erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zahl der Antwortenden (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befragung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreibgeschützt: die Datenbank ist in einem anderen Fenster geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treiber der Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hemmnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitfadengespräche: Digitalisierung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befragung nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwotView</name>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwortet durch Empfehlung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreibgeschützt: Die Datenbank ist in einem anderen Fenster geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation type="unfinished">Recommendations</translation>
    </message>
    <message>
        <source>Quelle: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Annahme am unteren Rand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annahme am oberen Rand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Unerwarteter Fehler: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Lesezugriff: Die Datenbank ist in einem anderen Fenster geöffnet. Sie sehen eine Kopie; Änderungen bitte im anderen Fenster vornehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation type="unfinished">Goal</translation>
    </message>
    <message>
        <source>Ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei oder Adresse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
