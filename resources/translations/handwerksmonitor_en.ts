<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
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
        <source>Werte</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation type="unfinished"></translation>
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
        <source>Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwohner je km²</source>
        <translation type="unfinished"></translation>
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
        <source>Handwerksbetriebe je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tätige Personen im Handwerk (Anlage A und B1)</source>
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
        <source>Werte je Gewerbegruppe sind Schätzungen (kursiv). LQ = Lokalisationsfaktor der Beschäftigten gegenüber Deutschland (über 1: stärker vertreten als im Bund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreisvergleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreise in der Liste oder auf der Karte anklicken, um sie hinzuzufügen oder zu entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe je 1.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe je 1.000 Einw.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil Betriebe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil Beschäftigte</source>
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
        <source>je 1.000 Einw.; IRMD %1, Deutschland %2</source>
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
</TS>
