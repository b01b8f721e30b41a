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
        <source>Das Programm wurde beim letzten Mal unerwartet beendet. Ein Bericht (crash.log.1) liegt im Protokollordner %1</source>
        <translation>The program ended unexpectedly last time. A report (crash.log.1) is in the log folder %1</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>Index gegen Deutschland (Basisjahr = 100)</source>
        <translation>Index against Germany (base year = 100)</translation>
    </message>
    <message>
        <source>Ausbildung im Handwerk</source>
        <translation>Apprenticeships in the crafts</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Ref. date</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>gerundet</source>
        <translation>rounded</translation>
    </message>
    <message>
        <source>Herausgeber</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Veröffentlichte Reihen (je Quelle, Stichtag und Abgrenzung):</source>
        <translation>Published series (by source, reference date and definition):</translation>
    </message>
    <message>
        <source>%1 (Kreis, Kammerdaten)</source>
        <translation>%1 (district, chamber data)</translation>
    </message>
    <message>
        <source>Eigene Daten der Kammer für diesen Kreis aus dem Import der Kammer-Vorlage (Bestand am 31.12.); jede Reihe nennt ihren Import. Nicht mit ZDH- oder Statistik-Reihen vermischt.</source>
        <translation>The chamber&apos;s own data for this district from the imported chamber template (stock on 31 Dec); each series names its import. Not mixed with ZDH or official statistics series.</translation>
    </message>
    <message>
        <source>Hinweis: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Index (Basisjahr = 100)</source>
        <translation>Index (base year = 100)</translation>
    </message>
</context>
<context>
    <name>AreaNames</name>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
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
</context>
<context>
    <name>AreaPanel</name>
    <message>
        <source>Kreise der Region</source>
        <translation>Districts of the region</translation>
    </message>
    <message>
        <source>Vergleichen</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Mehrere Kreise auswählen (Klick in Liste oder Karte) und nebeneinander vergleichen</source>
        <translation>Select several districts (click in the list or on the map) and compare them side by side</translation>
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
        <source>Karte:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Jahr (bei der Bevölkerungsentwicklung: Endjahr)</source>
        <translation>Year (for population change: end year)</translation>
    </message>
    <message>
        <source>Betriebsdichte</source>
        <translation>Business density</translation>
    </message>
    <message>
        <source>Unternehmen je 1.000 Einw.</source>
        <translation>Enterprises per 1,000 inh.</translation>
    </message>
    <message>
        <source>Tätige Personen je Unternehmen</source>
        <translation>Persons employed per enterprise</translation>
    </message>
    <message>
        <source>Personen je Unternehmen</source>
        <translation>persons per enterprise</translation>
    </message>
    <message>
        <source>% der Unternehmen</source>
        <translation>% of enterprises</translation>
    </message>
    <message>
        <source>Bevölkerungsentwicklung</source>
        <translation>Population change</translation>
    </message>
    <message>
        <source>Anteil einer Gewerbegruppe</source>
        <translation>Share of a craft group</translation>
    </message>
    <message>
        <source>Nachfolge (Inhaber 60+)</source>
        <translation>Succession (owners 60+)</translation>
    </message>
    <message>
        <source>% der Inhaber 60 Jahre und älter</source>
        <translation>% of owners aged 60 and over</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Quelle: </source>
        <translation>Source: </translation>
    </message>
</context>
<context>
    <name>BusinessSizeView</name>
    <message>
        <source>Amtliche Kreiswerte der Handwerkszählung liegen nur für 2010–2014 vor (Tabelle 53111-01-01-4); tätige Personen je Unternehmen, berechnet aus den amtlichen Zahlen.</source>
        <translation>Official district figures from the craft census exist only for 2010–2014 (table 53111-01-01-4); persons employed per enterprise, calculated from the official figures.</translation>
    </message>
    <message>
        <source>Tätige Personen je Handwerksunternehmen</source>
        <translation>Persons employed per craft business</translation>
    </message>
    <message>
        <source>Personen je Unternehmen</source>
        <translation>Persons per enterprise</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Veränderung
2010–2014</source>
        <translation>Change
2010–2014</translation>
    </message>
    <message>
        <source>Unternehmen aller
Branchen 2014</source>
        <translation>Enterprises of all
sectors 2014</translation>
    </message>
    <message>
        <source>je 1.000
Einwohner</source>
        <translation>per 1,000
inhabitants</translation>
    </message>
    <message>
        <source>Anteil
Handwerk</source>
        <translation>Share of
crafts</translation>
    </message>
    <message>
        <source>Kreis:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Abgrenzung:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Zum Vergleich: alle Branchen (Unternehmensregister 2014)</source>
        <translation>For comparison: all sectors (business register 2014)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Auflösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Auflösung in dpi:</source>
        <translation>Resolution in dpi:</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Diagramm als PNG speichern</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Diagramm als SVG speichern</source>
        <translation>Save chart as SVG</translation>
    </message>
    <message>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG graphic (*.svg)</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Als PNG speichern…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Als SVG speichern…</source>
        <translation>Save as SVG…</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Unternehmen je 1.000 Einwohner</source>
        <extracomment>A row of the comparison: its label and, per profile, (text, is an estimate).</extracomment>
        <translation>Enterprises per 1,000 inhabitants</translation>
    </message>
    <message>
        <source>Kreisvergleich</source>
        <translation>District comparison</translation>
    </message>
    <message>
        <source>Kreise in der Liste oder auf der Karte anklicken: hinzufügen oder entfernen.</source>
        <translation>Click districts in the list or on the map to add or remove them.</translation>
    </message>
    <message>
        <source>LQ %1</source>
        <translation>LQ %1</translation>
    </message>
    <message>
        <source>Kreisvergleich %1</source>
        <translation>District comparison %1</translation>
    </message>
    <message>
        <source>Kursiv: Schätzung (Werte je Gewerbegruppe und daraus gebildete Summen).</source>
        <translation>Italics: estimate (values per craft group and totals built from them).</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der tätigen Personen gegenüber Deutschland: %1</source>
        <translation>Location quotient of persons employed against Germany: %1</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Gebiet · Feld</source>
        <translation>Area · field</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>veröffentlicht</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Modell
gleiche Größe</source>
        <translation>Model
same measure</translation>
    </message>
    <message>
        <source>Modell 2035
Ang. / Nachfr.</source>
        <translation>Model 2035
supply / demand</translation>
    </message>
    <message>
        <source>Modell 2040
Ang. / Nachfr.</source>
        <translation>Model 2040
supply / demand</translation>
    </message>
    <message>
        <source>Veränderung in %, Modell in Personen ab dem Basisjahr. Gleiche Größe: Angebot, Nachfrage oder Bevölkerung des Modells über dieselben Jahre; Ang. / Nachfr.: Angebot / Nachfrage des Modells. Deutschland → IRMD, Land → seine IRMD-Kreise, SHK → Ausbaugewerbe; Quelle im Tooltip der Zeile.</source>
        <translation>Change in %, the model in persons from its base year. Same measure: the model&apos;s supply, demand or population over the same years; supply / demand: the model&apos;s supply / demand. Germany → IRMD, a state → its IRMD districts, SHK → finishing trades; source in the row&apos;s tooltip.</translation>
    </message>
    <message>
        <source>15–64-Jährige</source>
        <translation>Aged 15–64</translation>
    </message>
    <message>
        <source> (gelernt)</source>
        <translation> (trained)</translation>
    </message>
    <message>
        <source> (im Beruf)</source>
        <translation> (in occupation)</translation>
    </message>
    <message>
        <source>Modell bis %1: Angebot %2 %, Nachfrage %3 %</source>
        <translation>Model to %1: supply %2 %, demand %3 %</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Nachfrage</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Bevölkerung</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modell: %1; %2</source>
        <translation>Model: %1; %2</translation>
    </message>
</context>
<context>
    <name>DataVersionsDialog</name>
    <message>
        <source>Datenstände</source>
        <translation>Data versions</translation>
    </message>
    <message>
        <source>Jeder Import ist ein Datenstand. Der aktive Datenstand sind die mitgelieferten Daten mit allen Importen bis einschließlich des gewählten darübergelegt (ein späterer Import ersetzt denselben Wert eines früheren).</source>
        <translation>Every import is a data version. The active data version is the bundled data with all imports up to and including the chosen one laid over it (a later import replaces the same value of an earlier one).</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Importiert am</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktivieren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Import rückgängig machen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Werte prüfen</source>
        <translation>Check values</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Zeichen</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt geöffnet; Datenstände können nur angesehen werden.</source>
        <translation>The database is open read-only; data versions can only be viewed.</translation>
    </message>
    <message>
        <source>mitgeliefert</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>Mitgelieferte Daten</source>
        <translation>Bundled data</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>amtlich</source>
        <translation>official</translation>
    </message>
    <message>
        <source>Kammerdaten</source>
        <translation>chamber data</translation>
    </message>
    <message>
        <source>Die mit dem Programm ausgelieferten Daten (Quellen: Hilfe › Quellen).</source>
        <translation>The data shipped with the program (sources: Help › Sources).</translation>
    </message>
    <message>
        <source>Stand {0}.</source>
        <translation>As of {0}.</translation>
    </message>
    <message>
        <source>{0} Werte</source>
        <translation>{0} values</translation>
    </message>
    <message>
        <source>Datenstand {0}: {1}</source>
        <translation>Data version {0}: {1}</translation>
    </message>
    <message>
        <source>mitgeliefert: {0}</source>
        <translation>bundled: {0}</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Wirklich Datenstand {0} rückgängig machen?</source>
        <translation>Really undo data version {0}?</translation>
    </message>
    <message>
        <source>Zum Bestätigen noch einmal klicken. Die Werte dieses Imports werden gelöscht; die Datei selbst bleibt unverändert.</source>
        <translation>Click again to confirm. The values of this import are deleted; the file itself stays unchanged.</translation>
    </message>
    <message>
        <source>Aktiv: mitgelieferte Daten.</source>
        <translation>Active: bundled data.</translation>
    </message>
    <message>
        <source>Aktiv: Datenstand {0}.</source>
        <translation>Active: data version {0}.</translation>
    </message>
</context>
<context>
    <name>DevelopmentSection</name>
    <message>
        <source>Diagramme werden geladen …</source>
        <translation>Loading charts …</translation>
    </message>
    <message>
        <source>Bevölkerung (31.12.)</source>
        <translation>Population (31 Dec)</translation>
    </message>
    <message>
        <source>Handwerksunternehmen (amtlich)</source>
        <translation>Craft enterprises (official)</translation>
    </message>
    <message>
        <source>Gestrichelt: Zensus-Umstellung der Bevölkerungszahlen (ab 2010 Zensus 2011, ab 2022 Zensus 2022), davor und danach nicht direkt vergleichbar. Unternehmen: nur Jahre mit amtlichen Daten.</source>
        <translation>Dashed: census change of the population figures (from 2010 Census 2011, from 2022 Census 2022); values before and after are not directly comparable. Enterprises: only years with official data.</translation>
    </message>
    <message>
        <source>Unternehmen: nur Jahre mit amtlichen Daten (Handwerkszählung).</source>
        <translation>Enterprises: only years with official data (craft census).</translation>
    </message>
    <message>
        <source>Zensus</source>
        <translation>Census</translation>
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
        <translation>Craft enterprises</translation>
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
        <source>Betriebsdichte</source>
        <translation>Business density</translation>
    </message>
    <message>
        <source>Tätige Personen je Unternehmen</source>
        <translation>Persons employed per enterprise</translation>
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
        <translation>Crafts by craft group %1</translation>
    </message>
    <message>
        <source>keine Daten</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Keine Werte je Gewerbegruppe: %1</source>
        <translation>No figures per craft group: %1</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Unternehmen</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Anteil an den tätigen Personen</source>
        <translation>Share of persons employed</translation>
    </message>
    <message>
        <source>Werte je Gewerbegruppe: eigene Schätzung (an amtliche und veröffentlichte Summen angepasst). Lokalisationsfaktor = Anteil im Kreis / Anteil in Deutschland (tätige Personen). Betriebsdichte = Handwerksunternehmen (Handwerkszählung) je 1.000 Einwohner.</source>
        <translation>Values per craft group: our own estimate (fitted to official and published totals). Location quotient = share in the district / share in Germany (persons employed). Business density = craft enterprises (craft census) per 1,000 inhabitants.</translation>
    </message>
    <message>
        <source>Lokalisations-faktor</source>
        <translation>Location quotient</translation>
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
        <source>Zensus</source>
        <translation>Census</translation>
    </message>
    <message>
        <source>Prognose %1: Lücke je Gewerbegruppe</source>
        <translation>Forecast %1: gap per craft group</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hinweis: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>Tätige Personen je Handwerksunternehmen (amtlich, 2010–2014)</source>
        <translation>Persons employed per craft business (official, 2010–2014)</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Veränderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ausbildung: %1 und %2</source>
        <translation>Apprenticeships: %1 and %2</translation>
    </message>
    <message>
        <source>(gerundet)</source>
        <translation>(rounded)</translation>
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
        <translation>Excel export</translation>
    </message>
    <message>
        <source>Alle Kreise der Region</source>
        <translation>All districts of the region</translation>
    </message>
    <message>
        <source>Ausgewählte Kreise:</source>
        <translation>Selected districts:</translation>
    </message>
    <message>
        <source>Alle Szenarien</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <source>Zieldatei, z. B. Handwerksmonitor.xlsx</source>
        <translation>Target file, e.g. Handwerksmonitor.xlsx</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Prognose-Szenario:</source>
        <translation>Forecast scenario:</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe enthält je Tabelle ein Blatt sowie die Blätter „Quellen“ und „Annahmen“; Schätzungen sind als „Schätzung“ gekennzeichnet.</source>
        <translation>The workbook has one sheet per table plus the sheets “Sources” and “Assumptions”; estimates are marked “estimate”.</translation>
    </message>
    <message>
        <source>Excel-Datei speichern</source>
        <translation>Save Excel file</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Bitte eine Zieldatei angeben (Schaltfläche „Durchsuchen …“).</source>
        <translation>Please choose a target file (button “Browse …”).</translation>
    </message>
    <message>
        <source>Bitte mindestens einen Kreis ankreuzen oder „Alle Kreise der Region“ wählen.</source>
        <translation>Please tick at least one district or choose “All districts of the region”.</translation>
    </message>
    <message>
        <source>Arbeitsmappe wird geschrieben …</source>
        <translation>Writing workbook …</translation>
    </message>
    <message>
        <source>Excel-Export gespeichert: %1</source>
        <translation>Excel export saved: %1</translation>
    </message>
    <message>
        <source>Der Export ist fehlgeschlagen. Bitte einen anderen Speicherort wählen oder Hilfe › Diagnose öffnen.</source>
        <translation>The export failed. Please choose another location or open Help › Diagnostics.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Angebot</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Nachfrage</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>amtl. Vorausberechnung (Stützjahr)</source>
        <translation>official projection (anchor year)</translation>
    </message>
    <message>
        <source>Spanne pessimistisch–optimistisch</source>
        <translation>range pessimistic–optimistic</translation>
    </message>
    <message>
        <source>Angebot mit Maßnahmen</source>
        <translation>Supply with measures</translation>
    </message>
    <message>
        <source>Nachfrage mit Maßnahmen</source>
        <translation>Demand with measures</translation>
    </message>
    <message>
        <source>Projektion ab %1 →</source>
        <translation>projection from %1 →</translation>
    </message>
    <message>
        <source>Bevölkerung projiziert ab %1 →</source>
        <translation>population projected from %1 →</translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <source>Basis</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>optimistisch</source>
        <translation>optimistic</translation>
    </message>
    <message>
        <source>pessimistisch</source>
        <translation>pessimistic</translation>
    </message>
    <message>
        <source>Gewerblicher Bedarf</source>
        <translation>Commercial needs</translation>
    </message>
    <message>
        <source>Privater Bedarf</source>
        <translation>Private needs</translation>
    </message>
    <message>
        <source>IRMD (alle 9 Kreise)</source>
        <translation>IRMD (all 9 districts)</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Szenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Szenario speichern…</source>
        <translation>Save scenario…</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Als Index (Basisjahr = 100)</source>
        <translation>As index (base year = 100)</translation>
    </message>
    <message>
        <source>Annahmen</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Szenario-Werte wiederherstellen</source>
        <translation>Restore scenario values</translation>
    </message>
    <message>
        <source>Alle Annahmen mit Quelle: Ansicht „Annahmen“.</source>
        <translation>All assumptions with their sources: see the “Assumptions” view.</translation>
    </message>
    <message>
        <source>Schätzung · eigene Projektion</source>
        <translation>Estimate · our projection</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Alle Gruppen</source>
        <translation>All craft groups</translation>
    </message>
    <message>
        <source>Sensitivität</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Annahme</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Herleitung bzw. Begründung</source>
        <translation>Derivation or justification</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Vergleich</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>mit Maßnahmen</source>
        <translation>with measures</translation>
    </message>
    <message>
        <source>Szenario mit den erwarteten Wirkungen der Maßnahmen aus dem Tracker (Empfehlungen › Wirkungen)</source>
        <translation>Scenario with the expected effects of the measures in the tracker (Recommendations › Effects)</translation>
    </message>
    <message>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <source>Berücksichtigte Status der Maßnahmen</source>
        <translation>Statuses of the measures counted</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Prognose wird geladen …</source>
        <translation>Loading forecast …</translation>
    </message>
    <message>
        <source>Die Prognose konnte nicht berechnet werden. Details stehen im Protokoll.</source>
        <translation>The forecast could not be computed. Details are in the log.</translation>
    </message>
    <message>
        <source>Prognose nicht verfügbar</source>
        <translation>Forecast not available</translation>
    </message>
    <message>
        <source>Nur Lesen: Szenarien können jetzt nicht gespeichert werden.</source>
        <translation>Read-only: scenarios cannot be saved now.</translation>
    </message>
    <message>
        <source>Szenario speichern</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Name des Szenarios:</source>
        <translation>Scenario name:</translation>
    </message>
    <message>
        <source>Szenarien können gerade nicht gespeichert werden: Die Datenbank ist schreibgeschützt geöffnet, weil ein anderes Fenster des Handwerksmonitors sie verwendet. Bitte das andere Fenster schließen und den Handwerksmonitor neu starten.</source>
        <translation>Scenarios cannot be saved right now: the database is open read-only because another Handwerksmonitor window is using it. Please close the other window and restart Handwerksmonitor.</translation>
    </message>
    <message>
        <source>%1 – %2: Angebot und Nachfrage %3–%4</source>
        <translation>%1 – %2: supply and demand %3–%4</translation>
    </message>
    <message>
        <source>Nachfrageüberhang</source>
        <translation>demand exceeds supply</translation>
    </message>
    <message>
        <source>Angebotsüberhang</source>
        <translation>supply exceeds demand</translation>
    </message>
    <message>
        <source>Lücke %1 (Nachfrage − Angebot): %2 Beschäftigtenäquivalente (%3 der Nachfrage) – %4. Szenario: %5.</source>
        <translation>Gap %1 (demand − supply): %2 employee-equivalents (%3 of demand) – %4. Scenario: %5.</translation>
    </message>
    <message>
        <source> (angepasst)</source>
        <translation> (adjusted)</translation>
    </message>
    <message>
        <source>Angebot: Beschäftigte je Gewerbegruppe im Basisjahr %1 (Schätzung), fortgeschrieben mit Verrentung, Ausbildung, Wanderung und Produktivität (eigene Projektion). Nachfrage: Bevölkerung nach Altersgruppen (amtlich bis %2, danach eigene Projektion) × Nachfragegewichte, im Basisjahr gleich dem Angebot.</source>
        <translation>Supply: employees per group in the base year %1 (estimate), carried forward with retirements, apprenticeships, migration and productivity (our projection). Demand: population by age group (official up to %2, then our projection) × demand weights, equal to supply in the base year.</translation>
    </message>
    <message>
        <source>◆ = Jahr mit amtlicher Bevölkerungsvorausberechnung, durch die die Projektion geht.</source>
        <translation>◆ = year with an official population projection that our projection passes through.</translation>
    </message>
    <message>
        <source>%1: %2 Einwohner (%3%4)</source>
        <translation>%1: %2 inhabitants (%3%4)</translation>
    </message>
    <message>
        <source>Beschäftigtenäquivalente</source>
        <translation>Employee-equivalents</translation>
    </message>
    <message>
        <source>Index (Basisjahr %1 = 100)</source>
        <translation>Index (base year %1 = 100)</translation>
    </message>
    <message>
        <source>Änderung der Lücke %1 (Beschäftigtenäquivalente)</source>
        <translation>Change in the %1 gap (employee-equivalents)</translation>
    </message>
    <message>
        <source>Annahme: %1</source>
        <translation>Assumption: %1</translation>
    </message>
    <message>
        <source>%1 Einträge mit %2 Wirkungen</source>
        <translation>%1 items with %2 effects</translation>
    </message>
    <message>
        <source>Keine Maßnahme in diesen Status hat eine erfasste Wirkung (Empfehlungen › Wirkungen).</source>
        <translation>No measure in these statuses has a recorded effect (Recommendations › Effects).</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: keine Maßnahme mit erfasster Wirkung in den gewählten Status.</source>
        <translation>With measures: no measure with a recorded effect in the chosen statuses.</translation>
    </message>
    <message>
        <source>„mit Maßnahmen“ ist ausgeschaltet. Links unter „Maßnahmen“ einschalten, um die erwarteten Wirkungen der Maßnahmen aus dem Tracker zu sehen.</source>
        <translation>&apos;with measures&apos; is switched off. Switch it on under &apos;Measures&apos; on the left to see the expected effects of the measures in the tracker.</translation>
    </message>
    <message>
        <source>Keine Maßnahme in den gewählten Status hat eine erfasste Wirkung. Wirkungen werden im Tab „Empfehlungen“ auf der Seite „Wirkungen“ eines Eintrags erfasst.</source>
        <translation>No measure in the chosen statuses has a recorded effect. Effects are recorded in the Recommendations tab, on an item&apos;s &apos;Effects&apos; page.</translation>
    </message>
    <message>
        <source>Die Wirkung der Maßnahmen konnte nicht berechnet werden. Details stehen im Protokoll.</source>
        <translation>The effect of the measures could not be computed. Details are in the log.</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: Die Maßnahmen schließen die Lücke %1 vollständig (%2 Beschäftigtenäquivalente); es bleibt ein Angebotsüberhang von %3.</source>
        <translation>With measures: the measures close the %1 gap completely (%2 employee-equivalents), leaving a supply surplus of %3.</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: Die Maßnahmen schließen %1 der %2 Beschäftigtenäquivalente der Lücke %3 (%4); es bleiben %5.</source>
        <translation>With measures: the measures close %1 of the %2 employee-equivalents of the %3 gap (%4); %5 remain.</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: Die Lücke %1 wächst um %2 auf %3 Beschäftigtenäquivalente (Wirkungen, die die Nachfrage erhöhen, überwiegen).</source>
        <translation>With measures: the %1 gap grows by %2 to %3 employee-equivalents (effects that raise demand prevail).</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: Ohne Maßnahmen gibt es %1 keine Lücke (Angebotsüberhang %2); mit Maßnahmen entsteht eine Lücke von %3 Beschäftigtenäquivalenten.</source>
        <translation>With measures: without measures there is no gap in %1 (supply surplus %2); with measures a gap of %3 employee-equivalents opens.</translation>
    </message>
    <message>
        <source>Mit Maßnahmen: Ohne Maßnahmen gibt es %1 keine Lücke (Angebotsüberhang %2); mit Maßnahmen beträgt der Angebotsüberhang %3 Beschäftigtenäquivalente.</source>
        <translation>With measures: without measures there is no gap in %1 (supply surplus %2); with measures the supply surplus is %3 employee-equivalents.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>So verwendet der Handwerksmonitor seine Begriffe – in Programm, Kommandozeile, PDF, Excel und Präsentation gleich.</source>
        <translation>How the Handwerksmonitor uses its terms – the same in the app, the command line, the PDF, Excel and the presentation.</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der tätigen Personen (Deutschland = 1)</source>
        <translation>Location quotient of persons employed (Germany = 1)</translation>
    </message>
    <message>
        <source>Werte je Gewerbegruppe sind Schätzungen (kursiv). LQ: Lokalisationsfaktor der tätigen Personen gegenüber Deutschland (über 1 = stärker vertreten als im Bund).</source>
        <translation>Values per craft group are estimates (italics). LQ: location quotient of the persons employed against Germany (above 1 = stronger than in Germany).</translation>
    </message>
    <message>
        <source>Anteil an allen Handwerksunternehmen des Kreises</source>
        <translation>Share of all craft enterprises of the district</translation>
    </message>
    <message>
        <source>Anteil an allen tätigen Personen im Handwerk des Kreises</source>
        <translation>Share of all persons employed in the district&apos;s crafts</translation>
    </message>
    <message>
        <source>Unternehmen der Gruppe je 1.000 Einwohner</source>
        <translation>The group&apos;s enterprises per 1,000 inhabitants</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor (tätige Personen) gegenüber Deutschland</source>
        <translation>Location quotient (persons employed) against Germany</translation>
    </message>
    <message>
        <source>Unternehmen</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Tätige Personen</source>
        <translation>Persons employed</translation>
    </message>
    <message>
        <source>Anteil
Unternehmen</source>
        <translation>Share of
enterprises</translation>
    </message>
    <message>
        <source>Anteil
tätige Pers.</source>
        <translation>Share of
persons empl.</translation>
    </message>
    <message>
        <source>Unternehmen je
1.000 Einw.</source>
        <translation>Enterprises per
1,000 inh.</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Gewerbegruppen %1</source>
        <translation>Craft groups %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Daten importieren</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Importiert eine Tabelle aus GENESIS/Regionalstatistik (CSV-Export oder Flatfile) oder die ausgefüllte Vorlage für Kammerdaten (.xlsx oder .csv). Vor dem Speichern sehen Sie eine Vorschau; jeder Import wird ein eigener Datenstand und kann rückgängig gemacht werden.</source>
        <translation>Imports a table from GENESIS/Regionalstatistik (CSV export or flat file) or the filled-in chamber data template (.xlsx or .csv). You see a preview before anything is saved; every import becomes its own data version and can be undone.</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose a file …</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>Prüfen</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sonderzeichen</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Vorlage für Kammerdaten …</source>
        <translation>Chamber data template …</translation>
    </message>
    <message>
        <source>Datenstände …</source>
        <translation>Data versions …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt geöffnet (ein anderes Fenster verwendet sie). Sie können Dateien prüfen, aber nicht importieren.</source>
        <translation>The database is open read-only (another window uses it). You can check files but not import them.</translation>
    </message>
    <message>
        <source>Datei für den Import wählen</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.xlsx *.zip *.txt);;Alle Dateien (*)</source>
        <translation>Tables (*.csv *.xlsx *.zip *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Datei wird geprüft …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <source>Abgebrochen. Es wurde nichts gespeichert.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Registerauszug erkannt, aber noch nicht vollständig zugeordnet.</source>
        <translation>Register extract recognised, but not yet completely mapped.</translation>
    </message>
    <message>
        <source>Die Datei wurde nicht importiert.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <source>Bitte die folgenden Punkte in der Datei korrigieren:</source>
        <translation>Please correct the following in the file:</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht verarbeitet werden. Details stehen im Protokoll (Hilfe › Diagnose).</source>
        <translation>The file could not be processed. Details are in the log (Help › Diagnostics).</translation>
    </message>
    <message>
        <source>Gespeichert als Datenstand {0}; er ist jetzt aktiv.</source>
        <translation>Saved as data version {0}; it is now active.</translation>
    </message>
    <message>
        <source>amtliche Statistik</source>
        <translation>official statistics</translation>
    </message>
    <message>
        <source>Kammerdaten</source>
        <translation>chamber data</translation>
    </message>
    <message>
        <source>Stand: {0}</source>
        <translation>As of: {0}</translation>
    </message>
    <message>
        <source>Gebiete: {0}</source>
        <translation>Areas: {0}</translation>
    </message>
    <message>
        <source>Jahre: {0}</source>
        <translation>Years: {0}</translation>
    </message>
    <message>
        <source>Indikatoren: {0}</source>
        <translation>Indicators: {0}</translation>
    </message>
    <message>
        <source>{0} Zeilen gelesen, {1} Werte</source>
        <translation>{0} rows read, {1} values</translation>
    </message>
    <message>
        <source>{0} Gebiete außerhalb der Region werden nicht übernommen.</source>
        <translation>{0} areas outside the region are skipped.</translation>
    </message>
    <message>
        <source>Sonderzeichen „{0}“ ({1}×): {2}</source>
        <translation>Symbol ‘{0}’ ({1}×): {2}</translation>
    </message>
    <message>
        <source>Nicht übernommen (kein passender Indikator): {0}</source>
        <translation>Skipped (no matching indicator): {0}</translation>
    </message>
    <message>
        <source>Kammerregister: {0}; Bestand am 31.12. für {1}–{2} (Stand {3})</source>
        <translation>Chamber register: {0}; stock on 31 Dec for {1}–{2} (as of {3})</translation>
    </message>
    <message>
        <source>B2 (handwerksähnlich): {0}, AeT: {1} Betriebe – gesondert gezählt, nicht in den Gewerbegruppen</source>
        <translation>B2 (craft-like trades): {0}, AeT: {1} businesses – counted separately, not in the craft groups</translation>
    </message>
    <message>
        <source>{0} Zeilen aus Kreisen außerhalb der Region: gezählt, nicht importiert.</source>
        <translation>{0} rows from districts outside the region: counted, not imported.</translation>
    </message>
    <message>
        <source>{0} Betriebe weggelassen (Handwerk ohne Zuordnung).</source>
        <translation>{0} businesses left out (craft not mapped).</translation>
    </message>
    <message>
        <source>Nicht gelesen und nicht gespeichert: {0}. Gespeichert werden nur Summen.</source>
        <translation>Not read and not stored: {0}. Only totals are stored.</translation>
    </message>
    <message>
        <source>Vorlage für Kammerdaten speichern</source>
        <translation>Save chamber data template</translation>
    </message>
    <message>
        <source>Vorlage gespeichert: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Die Vorlage konnte nicht gespeichert werden: {0}</source>
        <translation>The template could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>KeyFigureCards</name>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Einwohner je km²</source>
        <translation>Inhabitants per km²</translation>
    </message>
    <message>
        <source>Betriebsdichte</source>
        <translation>Business density</translation>
    </message>
    <message>
        <source>je 1.000 Einw.</source>
        <translation>per 1,000 inh.</translation>
    </message>
    <message>
        <source>Handwerksunternehmen</source>
        <translation>Craft enterprises</translation>
    </message>
    <message>
        <source>Tätige Personen</source>
        <translation>Persons employed</translation>
    </message>
    <message>
        <source>Handwerksunternehmen (Handwerkszählung, Anlage A und B1) je 1.000 Einwohner. Die Kammern zählen Betriebe (mit Anlage B2 und ruhenden Betrieben); mit ihren Zahlen wäre die Dichte höher.</source>
        <translation>Craft enterprises (craft census, Annex A and B1) per 1,000 inhabitants. The chambers count businesses on their rolls (with Annex B2 and dormant businesses); with their counts the density would be higher.</translation>
    </message>
    <message>
        <source>Unternehmen der Handwerkszählung (Anlage A und B1 mit Umsatz oder Beschäftigten), nicht die Betriebe der Handwerksrolle.</source>
        <translation>Enterprises of the craft census (Annex A and B1 with turnover or employees), not the businesses on the chamber roll.</translation>
    </message>
    <message>
        <source>Tätige Personen im Handwerk (Anlage A und B1, mit Inhabern)</source>
        <translation>Persons employed in crafts (Annex A and B1, owners included)</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Einwohner %1</source>
        <translation>Inhabitants %1</translation>
    </message>
    <message>
        <source>Fläche %1 km²</source>
        <translation>Area %1 km²</translation>
    </message>
    <message>
        <source>Kammer %1: %2 Betriebe</source>
        <translation>Chamber %1: %2 businesses</translation>
    </message>
    <message>
        <source>Anlage A und B1</source>
        <translation>Annex A and B1</translation>
    </message>
    <message>
        <source>Kammerregister</source>
        <translation>chamber register</translation>
    </message>
    <message>
        <source>%1 je Unternehmen</source>
        <translation>%1 per enterprise</translation>
    </message>
    <message>
        <source>IRMD %1 · Deutschland %2</source>
        <translation>IRMD %1 · Germany %2</translation>
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
        <source>&amp;Sicherungen und Wiederherstellen …</source>
        <translation>&amp;Backups and restore …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
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
        <source>&amp;Begriffe …</source>
        <translation>&amp;Terms …</translation>
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
        <source>Sicherungen sind verfügbar, sobald die Daten geladen sind.</source>
        <translation>Backups are available once the data has loaded.</translation>
    </message>
    <message>
        <source>Daten neu geladen.</source>
        <translation>Data reloaded.</translation>
    </message>
    <message>
        <source>Datenstand: %1</source>
        <translation>Data as of: %1</translation>
    </message>
    <message>
        <source>Verfügbar, sobald die Daten geladen sind.</source>
        <translation>Available once the data are loaded.</translation>
    </message>
    <message>
        <source>Diagnose in die Zwischenablage kopiert.</source>
        <translation>Diagnostics copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <source>Lücke ohne und mit Maßnahmen</source>
        <translation>Gap without and with measures</translation>
    </message>
    <message>
        <source>ohne Maßnahmen (gestrichelt)</source>
        <translation>without measures (dashed)</translation>
    </message>
    <message>
        <source>mit Maßnahmen</source>
        <translation>with measures</translation>
    </message>
    <message>
        <source>Beschäftigtenäquivalente</source>
        <translation>Employee-equivalents</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beitrag 2030</source>
        <translation>Contribution 2030</translation>
    </message>
    <message>
        <source>Beitrag 2035</source>
        <translation>Contribution 2035</translation>
    </message>
    <message>
        <source>Beitrag 2040</source>
        <translation>Contribution 2040</translation>
    </message>
    <message>
        <source>Beitrag = Lücke mit allen Maßnahmen außer dieser − Lücke mit allen (positiv: schließt Lücke). Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest: Wechselwirkungen).</source>
        <translation>Contribution = gap with all measures except this one − gap with all (positive: closes part of the gap). When measures interact, the contributions need not add up (rest: interactions).</translation>
    </message>
    <message>
        <source>Wirkungen sind Annahmen aus dem Tracker (Empfehlungen › Wirkungen: Begründung und Quelle je Wirkung), keine Messwerte.</source>
        <translation>Effects are assumptions from the tracker (Recommendations › Effects: justification and source per effect), not measurements.</translation>
    </message>
    <message>
        <source>ohne</source>
        <translation>without</translation>
    </message>
    <message>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>Lücke %1: ohne Maßnahmen → je Maßnahme → mit Maßnahmen</source>
        <translation>Gap %1: without measures → per measure → with measures</translation>
    </message>
    <message>
        <source>Das Jahr %1 liegt außerhalb des Prognosezeitraums.</source>
        <translation>The year %1 lies outside the forecast period.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Die Datei konnte nicht gelesen oder geschrieben werden: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll: %1</source>
        <translation>An unexpected error occurred. The details are in the log: %1</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <source>je 1.000</source>
        <translation>per 1,000</translation>
    </message>
    <message>
        <source>%/Jahr</source>
        <translation>%/year</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Annahme</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <source>Branchenportfolio</source>
        <translation>Sector portfolio</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Gebiet:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>IRMD gesamt</source>
        <translation>IRMD total</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Startjahr</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Endjahr (auch Jahr des Lokalisationsfaktors und der Blasengröße)</source>
        <translation>End year (also the year of the location quotient and the bubble size)</translation>
    </message>
    <message>
        <source>Logarithmischer LQ</source>
        <translation>Logarithmic LQ</translation>
    </message>
    <message>
        <source>x-Achse als ln(LQ): symmetrisch um 0 (= Bundesdurchschnitt)</source>
        <translation>x axis as ln(LQ): symmetric around 0 (= German average)</translation>
    </message>
    <message>
        <source>Blasenfläche = tätige Personen im Endjahr. Rechts der senkrechten Linie ist die Gruppe stärker vertreten als in Deutschland, oberhalb der waagerechten Linie wächst sie.</source>
        <translation>Bubble area = persons employed in the end year. Right of the vertical line the group is stronger than in Germany; above the horizontal line it grows.</translation>
    </message>
    <message>
        <source>Alle Werte je Gewerbegruppe sind Schätzungen (kursiv). Spaltenkopf anklicken zum Sortieren. LQ: Anteil der Gruppe an den tätigen Personen im Gebiet geteilt durch ihren Anteil in Deutschland.</source>
        <translation>All values per craft group are estimates (italics). Click a column header to sort. LQ: the group&apos;s share of persons employed in the area divided by its share in Germany.</translation>
    </message>
    <message>
        <source>Veränderung der tätigen Personen im Zeitraum</source>
        <translation>Change of persons employed in the period</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor der tätigen Personen gegenüber Deutschland</source>
        <translation>Location quotient of persons employed against Germany</translation>
    </message>
    <message>
        <source>Tätige Personen</source>
        <translation>Persons employed</translation>
    </message>
    <message>
        <source>Tätige Personen im Endjahr (in der Studie: Beschäftigte)</source>
        <translation>Persons employed in the end year (the study says employees)</translation>
    </message>
    <message>
        <source>Nachfolge
60+</source>
        <translation>Succession
60+</translation>
    </message>
    <message>
        <source>%1: tätige Personen %2–%3</source>
        <translation>%1: persons employed %2–%3</translation>
    </message>
    <message>
        <source>Tätige Personen %1: %2</source>
        <translation>Persons employed %1: %2</translation>
    </message>
    <message>
        <source>stärker vertreten als in Deutschland und wachsend</source>
        <translation>stronger than in Germany and growing</translation>
    </message>
    <message>
        <source>schwächer vertreten, aber wachsend</source>
        <translation>weaker, but growing</translation>
    </message>
    <message>
        <source>stärker vertreten, aber schrumpfend</source>
        <translation>stronger, but shrinking</translation>
    </message>
    <message>
        <source>schwächer vertreten und schrumpfend</source>
        <translation>weaker and shrinking</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Wachstum</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Einordnung</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Anteil der Inhaber ab 60 Jahren im Endjahr (Kammerregister; nur Kreise mit importiertem Register)</source>
        <translation>Share of owners aged 60 and over in the end year (chamber register; only districts with an imported register)</translation>
    </message>
    <message>
        <source>Beschäftigungsentwicklung in %</source>
        <translation>Employment change in %</translation>
    </message>
    <message>
        <source>ln(Lokalisationsfaktor)</source>
        <translation>ln(location quotient)</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor</source>
        <translation>Location quotient</translation>
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
        <source>Wachstum %1–%2: %3</source>
        <translation>Growth %1–%2: %3</translation>
    </message>
    <message>
        <source>Lokalisationsfaktor: %1 (ln: %2)</source>
        <translation>Location quotient: %1 (ln: %2)</translation>
    </message>
    <message>
        <source>Einordnung: %1</source>
        <translation>Quadrant: %1</translation>
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
        <source>%1 (Stand %3)</source>
        <translation>%1 (as of %3)</translation>
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
        <source>Tätige Personen %1–%2</source>
        <translation>Persons employed %1–%2</translation>
    </message>
    <message>
        <source>Positiv = mehr Nachfrage als Angebot (Fachkräftelücke). Eigene Projektion; Angebot beruht auf geschätzten tätigen Personen je Gewerbegruppe.</source>
        <translation>Positive = more demand than supply (skills gap). Our own projection; supply rests on estimated persons employed per craft group.</translation>
    </message>
    <message>
        <source>Wachstum</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Betriebsdichte %1</source>
        <translation>Business density %1</translation>
    </message>
    <message>
        <source>Handwerksunternehmen je 1.000 Einwohner</source>
        <translation>craft enterprises per 1,000 inhabitants</translation>
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
        <translation>Field of action: %1</translation>
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
    <message>
        <source>ohne</source>
        <translation>without</translation>
    </message>
    <message>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>Beschäftigtenäquivalente</source>
        <translation>Employee-equivalents</translation>
    </message>
    <message>
        <source>Beitrag je Maßnahme %1</source>
        <translation>Contribution per measure %1</translation>
    </message>
    <message>
        <source>Die Maßnahmen schließen %1 von %2 Beschäftigtenäquivalenten der Lücke %3 (%4).</source>
        <translation>The measures close %1 of the %2 employee-equivalents of the %3 gap (%4).</translation>
    </message>
    <message>
        <source>Lücke %1 ohne Maßnahmen: %2, mit Maßnahmen: %3 Beschäftigtenäquivalente (negativ = Angebotsüberhang).</source>
        <translation>Gap %1 without measures: %2, with measures: %3 employee-equivalents (negative = supply exceeds demand).</translation>
    </message>
    <message>
        <source>Beitrag = Lücke mit allen Maßnahmen außer dieser − Lücke mit allen (positiv: schließt Lücke). Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest). Wirkungen sind Annahmen der Kammern (Tracker); Prognose: eigene Projektion.</source>
        <translation>Contribution = gap with all measures except this one − gap with all (positive: closes part of the gap). When measures interact, the contributions need not add up (rest). Effects are the chambers&apos; assumptions (tracker); forecast: our own projection.</translation>
    </message>
    <message>
        <source>Wirkungen: Annahmen der Kammern (Tracker)</source>
        <translation>Effects: the chambers&apos; assumptions (tracker)</translation>
    </message>
    <message>
        <source>Wirkung der Maßnahmen: Lücke %1 (%2, alle Gewerbegruppen)</source>
        <translation>Effect of the measures: gap %1 (%2, all craft groups)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Präsentation – Handwerksmonitor Mitteldeutschland</source>
        <translation>Presentation – Handwerksmonitor Central Germany</translation>
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
        <translation>Loading data …</translation>
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
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Berichtsjahr der Kennzahlen (Summen ab 2015 und alle Gruppenwerte: Schätzung)</source>
        <translation>Reference year of the key figures (totals from 2015 and all group values: estimates)</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Einwohner je km²</source>
        <translation>Inhabitants per km²</translation>
    </message>
    <message>
        <source>Entwicklung</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Gewerbegruppen</source>
        <translation>Craft groups</translation>
    </message>
    <message>
        <source>Ausbildung und Betriebsgröße</source>
        <translation>Apprenticeships and business size</translation>
    </message>
    <message>
        <source>Kammerregister und Nachfolge</source>
        <translation>Chamber register and succession</translation>
    </message>
    <message>
        <source>Die Daten konnten nicht geladen werden: </source>
        <translation>The data could not be loaded: </translation>
    </message>
    <message>
        <source>%1 seit %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>(Zensusbruch %1)</source>
        <translation>(census break %1)</translation>
    </message>
    <message>
        <source>Bevölkerung seit %1</source>
        <translation>Population since %1</translation>
    </message>
    <message>
        <source>Handwerksunternehmen</source>
        <translation>Craft enterprises</translation>
    </message>
    <message>
        <source>Tätige Personen im Handwerk</source>
        <translation>Persons employed in crafts</translation>
    </message>
    <message>
        <source>Tätige Personen je Unternehmen</source>
        <translation>Persons employed per enterprise</translation>
    </message>
    <message>
        <source>Betriebsdichte (je 1.000 Einw.)</source>
        <translation>Business density (per 1,000 inh.)</translation>
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
        <source>Projektion</source>
        <translation>projection</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Kammerregister</source>
        <translation>chamber register</translation>
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
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Importiert am</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Beruht auf</source>
        <translation>Rests on</translation>
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
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gewählte Maßnahme löschen (bleibt im Verlauf)</source>
        <translation>Delete the selected measure (it stays in the history)</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Strg+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Strg+Umschalt+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Sitzungsansicht</source>
        <translation>Meeting view</translation>
    </message>
    <message>
        <source>Export …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Ganzen Tracker als Datei speichern (für einen anderen Rechner)</source>
        <translation>Save the whole tracker as a file (for another computer)</translation>
    </message>
    <message>
        <source>Import …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Tracker-Datei eines anderen Rechners zusammenführen</source>
        <translation>Merge a tracker file from another computer</translation>
    </message>
    <message>
        <source>Sicherungen …</source>
        <translation>Backups …</translation>
    </message>
    <message>
        <source>Name, der im Verlauf steht (leer: Anmeldename)</source>
        <translation>Name shown in the history (empty: login name)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All fields of action</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Verantwortlich …</source>
        <translation>Responsible …</translation>
    </message>
    <message>
        <source>nur überfällige</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n Einträge angezeigt</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Maßnahme gelöscht</source>
        <translation>Measure deleted</translation>
    </message>
    <message>
        <source>Tracker exportieren</source>
        <translation>Export tracker</translation>
    </message>
    <message>
        <source>Tracker-Datei (*.hwmtracker *.json)</source>
        <translation>Tracker file (*.hwmtracker *.json)</translation>
    </message>
    <message>
        <source>Exportiert nach %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Tracker importieren</source>
        <translation>Import tracker</translation>
    </message>
    <message>
        <source>Import abgebrochen; nichts wurde geändert.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Importiert: %1 neue Einträge, %2 Änderungen, %3 Konflikte entschieden.</source>
        <translation>Imported: %1 new entries, %2 changes, %3 conflicts resolved.</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt; der vorherige Stand wurde gesichert.</source>
        <translation>Backup restored; the previous state was backed up.</translation>
    </message>
</context>
<context>
    <name>RegisterMappingPanel</name>
    <message>
        <source>Kammer:</source>
        <translation>Chamber:</translation>
    </message>
    <message>
        <source>Zuordnung übernehmen und erneut prüfen</source>
        <translation>Apply mapping and check again</translation>
    </message>
    <message>
        <source>Registerauszug: bitte die Spalten zuordnen. Es fehlen: {0}</source>
        <translation>Register extract: please map the columns. Missing: {0}</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>– nicht verwenden –</source>
        <translation>– do not use –</translation>
    </message>
    <message>
        <source>Diese Handwerke kennt das Programm nicht. Bitte jedes einem Handwerk zuordnen oder ausdrücklich weglassen; erst dann kann importiert werden.</source>
        <translation>The program does not know these crafts. Please map each to a craft or leave it out explicitly; only then can the file be imported.</translation>
    </message>
    <message>
        <source>Handwerk in der Datei</source>
        <translation>Craft in the file</translation>
    </message>
    <message>
        <source>Betriebe</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Zuordnung</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>weglassen (nicht zählen)</source>
        <translation>leave out (do not count)</translation>
    </message>
    <message>
        <source>B2 – handwerksähnliches Gewerbe</source>
        <translation>B2 – craft-like trade</translation>
    </message>
    <message>
        <source>AeT – Anlage A, einfache Tätigkeiten</source>
        <translation>AeT – Anlage A, simple activities</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Inhaber</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Gewerbegruppe</source>
        <translation>Craft group</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Abweichung</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>MAPE
alle Jahre</source>
        <translation>MAPE
all years</translation>
    </message>
    <message>
        <source>Kammerregister für: %1. Übrige Kreise: Schätzung.</source>
        <translation>Chamber register for: %1. Other districts: estimate.</translation>
    </message>
    <message>
        <source>Kein Kammerregister importiert: alle Werte je Gewerbegruppe sind Schätzungen. Ein Auszug der Handwerksrolle (Datei › Daten importieren …) ersetzt sie für die Kreise der Kammer und liefert Inhaber nach Alter und Nachfolge.</source>
        <translation>No chamber register imported: all figures per craft group are estimates. An extract of the Handwerksrolle (File › Import data …) replaces them for the chamber&apos;s districts and adds owners by age and succession.</translation>
    </message>
    <message>
        <source>Inhaber nach Alter am 31.12.%1 (Kammerregister)</source>
        <translation>Owners by age on 31 Dec %1 (chamber register)</translation>
    </message>
    <message>
        <source>Nachfolge: %1 Betriebe mit Inhaber 60 Jahre und älter (%2 der Inhaber mit bekanntem Alter)</source>
        <translation>Succession: %1 businesses whose owner is 60 or older (%2 of owners with known age)</translation>
    </message>
    <message>
        <source>Inhaber nach Alter</source>
        <translation>Owners by age</translation>
    </message>
    <message>
        <source>Keine Angaben zum Alter der Inhaber für diesen Kreis (nur aus einem Kammerregister mit Geburtsdaten oder der Kammer-Vorlage).</source>
        <translation>No owner ages for this district (only from a chamber register with dates of birth or the chamber template).</translation>
    </message>
    <message>
        <source>Schätzung vs. Register %1</source>
        <translation>Estimate vs. register %1</translation>
    </message>
    <message>
        <source>Für diesen Kreis gibt es keine Registerzahlen zum Vergleich.</source>
        <translation>There are no register figures for this district to compare with.</translation>
    </message>
    <message>
        <source>Abweichung = Schätzung − Register. </source>
        <translation>Difference = estimate − register. </translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>&lt;span style=&apos;color:#0B4F8A&apos;&gt;━━ Angebot&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#D55E00&apos;&gt;╍╍ Nachfrage&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;background:#f2c4a6&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; Nachfrageüberhang&amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:#b3e0d2&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; Angebotsüberhang</source>
        <translation>&lt;span style=&apos;color:#0B4F8A&apos;&gt;━━ Supply&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#D55E00&apos;&gt;╍╍ Demand&lt;/span&gt;&lt;br&gt;&lt;span style=&apos;background:#f2c4a6&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; demand exceeds supply&amp;nbsp;&amp;nbsp; &lt;span style=&apos;background:#b3e0d2&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; supply exceeds demand</translation>
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
        <source>(beruht auf %1 Datensätzen)</source>
        <translation>(rests on %1 datasets)</translation>
    </message>
    <message>
        <source>und %1 weitere</source>
        <translation>and %1 more</translation>
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
        <translation>Apprenticeships</translation>
    </message>
    <message>
        <source>Betriebsgrößen</source>
        <translation>Business size</translation>
    </message>
    <message>
        <source>Befragung und Digitalisierung</source>
        <translation>Survey and digitalisation</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>(Mehrfachantworten)</source>
        <translation>(multiple answers)</translation>
    </message>
    <message>
        <source>Kooperationen für Neuerungen</source>
        <translation>Cooperation on innovation</translation>
    </message>
    <message>
        <source>Anteil der Betriebe in %</source>
        <translation>Share of businesses in %</translation>
    </message>
    <message>
        <source>Spätere Befragung mit derselben Frage erfassen</source>
        <translation>Enter a later survey with the same question</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Zahl der Antwortenden (N)</source>
        <translation>Number of respondents (N)</translation>
    </message>
    <message>
        <source>Befragung speichern</source>
        <translation>Save survey</translation>
    </message>
    <message>
        <source>Schreibgeschützt: die Datenbank ist in einem anderen Fenster geöffnet.</source>
        <translation>Read-only: the database is open in another window.</translation>
    </message>
    <message>
        <source>Treiber der Digitalisierung</source>
        <translation>Drivers of digitalisation</translation>
    </message>
    <message>
        <source>Hemmnisse</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Befunde</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Studie</source>
        <translation>study</translation>
    </message>
    <message>
        <source>Leitfadengespräche: Digitalisierung</source>
        <translation>Guided interviews: digitalisation</translation>
    </message>
    <message>
        <source>Befragung nicht gespeichert</source>
        <translation>Survey not saved</translation>
    </message>
</context>
<context>
    <name>SwotView</name>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Beantwortet durch Empfehlung:</source>
        <translation>Addressed by recommendation:</translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Verlauf:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Schreibgeschützt: Die Datenbank ist in einem anderen Fenster geöffnet.</source>
        <translation>Read-only: the database is open in another window.</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Quelle: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Eingabe</source>
        <translation>Manual entry</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Annahme am unteren Rand</source>
        <translation>Assumption at lower bound</translation>
    </message>
    <message>
        <source>Annahme am oberen Rand</source>
        <translation>Assumption at upper bound</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Nur Lesezugriff: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: Die Datenbank ist in einem anderen Fenster geöffnet. Sie sehen eine Kopie; Änderungen bitte im anderen Fenster vornehmen.</source>
        <translation>Read-only: the database is open in another window. You are seeing a copy; please make changes in the other window.</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verantwortliche Organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <source>Verantwortliche Person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Übernehmen (Strg+S)</source>
        <translation>Apply (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Dateien und Links</source>
        <translation>Files and links</translation>
    </message>
    <message>
        <source>Bezug SWOT</source>
        <translation>SWOT link</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Alt → Neu</source>
        <translation>Old → New</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Wirkungen</source>
        <translation>Effects</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen – Strg+S oder Enter zum Übernehmen</source>
        <translation>Unsaved changes – Ctrl+S or Enter to apply</translation>
    </message>
    <message>
        <source>Bitte links eine Empfehlung oder Maßnahme wählen.</source>
        <translation>Please choose a recommendation or measure on the left.</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Hintergrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>sinngemäß zusammengefasst; Art: Studie</source>
        <translation>summarised in substance; kind: study</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Wirkung</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Keine SWOT-Punkte verknüpft.</source>
        <translation>No SWOT items linked.</translation>
    </message>
    <message>
        <source>Stärke</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Schwäche</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Bearbeitet: </source>
        <translation>Edited: </translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kennzahl</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Link öffnen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Diesen Link mit dem zugehörigen Programm öffnen?</source>
        <translation>Open this link with its program?</translation>
    </message>
    <message>
        <source>Ist</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Datei oder Adresse</source>
        <translation>File or address</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tabelle bearbeitet</source>
        <translation>Table edited</translation>
    </message>
    <message>
        <source>Neuer Meilenstein</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Neue Kennzahl</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Pfad oder Adresse</source>
        <translation>Path or address</translation>
    </message>
    <message>
        <source>Zeile hinzugefügt</source>
        <translation>Row added</translation>
    </message>
    <message>
        <source>Zeile entfernt</source>
        <translation>Row removed</translation>
    </message>
    <message>
        <source>Nächste Schritte …</source>
        <translation>Next steps …</translation>
    </message>
    <message>
        <source>Zurück (Bild↑)</source>
        <translation>Back (PgUp)</translation>
    </message>
    <message>
        <source>Weiter (Bild↓)</source>
        <translation>Next (PgDn)</translation>
    </message>
    <message>
        <source>Zur Liste (Esc)</source>
        <translation>To the list (Esc)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Nächste Schritte (Strg+S speichert)</source>
        <translation>Next steps (Ctrl+S saves)</translation>
    </message>
    <message>
        <source>Sitzungsprotokoll</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Protokoll speichern</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Beschlüsse</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Frühere Sitzungen</source>
        <translation>Earlier meetings</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Wirkung der Maßnahmen</source>
        <translation>Effect of the measures</translation>
    </message>
    <message>
        <source>Empfehlung %1 von %2</source>
        <translation>Recommendation %1 of %2</translation>
    </message>
    <message>
        <source>Ziel: </source>
        <translation>Goal: </translation>
    </message>
    <message>
        <source>Quelle: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <source> (sinngemäß)</source>
        <translation> (in substance)</translation>
    </message>
    <message>
        <source>Verantwortlich: </source>
        <translation>Responsible: </translation>
    </message>
    <message>
        <source>Fällig: </source>
        <translation>Due: </translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Beantwortet SWOT:</source>
        <translation>Answers SWOT:</translation>
    </message>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Sitzungsprotokoll gespeichert</source>
        <translation>Meeting minutes saved</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Bei jedem Start wird die Datenbank gesichert; die letzten 10 Sicherungen bleiben erhalten. Vor einer Wiederherstellung wird der aktuelle Stand ebenfalls gesichert.</source>
        <translation>The database is backed up at every start; the last 10 backups are kept. Before a restore, the current state is backed up as well.</translation>
    </message>
    <message>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <source>Noch keine Sicherung vorhanden.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>Stand vom %1 wiederherstellen? Der aktuelle Stand wird vorher gesichert.</source>
        <translation>Restore the state of %1? The current state is backed up first.</translation>
    </message>
    <message>
        <source>Import: Konflikte entscheiden</source>
        <translation>Import: resolve conflicts</translation>
    </message>
    <message>
        <source>Diese Felder wurden auf beiden Rechnern geändert. Bitte je Zeile wählen, welche Fassung gelten soll.</source>
        <translation>These fields were changed on both computers. Please choose for each row which version applies.</translation>
    </message>
    <message>
        <source>Eintrag und Feld</source>
        <translation>Entry and field</translation>
    </message>
    <message>
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Importierte Fassung</source>
        <translation>Imported version</translation>
    </message>
    <message>
        <source>Gilt</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>meine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>importierte</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Neu beginnen (beschädigte Datei wird aufbewahrt)</source>
        <translation>Start afresh (the damaged file is kept)</translation>
    </message>
    <message>
        <source>Sicherungen (neueste zuerst):</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt. Die bisherige Datei liegt unter: </source>
        <translation>Backup restored. The previous file is at: </translation>
    </message>
    <message>
        <source>Neu begonnen. Die beschädigte Datei liegt unter: </source>
        <translation>Started afresh. The damaged file is at: </translation>
    </message>
    <message>
        <source>Umsetzungsstand je Handlungsfeld</source>
        <translation>Implementation status by field of action</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Anzahl der Empfehlungen und Maßnahmen. Quelle: eigene Eintragungen im Tracker (Stand: jetzt). Rot: überfällige Einträge (Fälligkeit überschritten, nicht umgesetzt/zurückgestellt).</source>
        <translation>Number of recommendations and measures. Source: own entries in the tracker (as of now). Red: overdue entries (past due date, not implemented/deferred).</translation>
    </message>
    <message>
        <source>Maßnahmen und ihre erwartete Wirkung</source>
        <translation>Measures and their expected effect</translation>
    </message>
    <message>
        <source>Noch keine Maßnahmen und keine Wirkungen erfasst.</source>
        <translation>No measures and no effects recorded yet.</translation>
    </message>
    <message>
        <source>Status der Maßnahme</source>
        <translation>Status of the measure</translation>
    </message>
    <message>
        <source>Größe der Wirkung</source>
        <translation>Size of the effect</translation>
    </message>
    <message>
        <source>alle Gewerbegruppen</source>
        <translation>all craft groups</translation>
    </message>
    <message>
        <source>Je Maßnahme ihr Beitrag: Lücke mit allen Maßnahmen außer dieser − Lücke mit allen. Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest). Wirkungen sind Annahmen (Begründung und Quelle im Tracker); Prognose: eigene Projektion (Schätzung).</source>
        <translation>Per measure its contribution: gap with all measures except this one − gap with all. When measures interact, the contributions need not add up (rest). Effects are assumptions (justification and source in the tracker); forecast: our own projection (estimate).</translation>
    </message>
    <message>
        <source>Lücke %1 in der Region:</source>
        <translation>Gap %1 in the region:</translation>
    </message>
    <message>
        <source>Lücke ohne Maßnahmen → Beitrag je Maßnahme → Lücke mit Maßnahmen</source>
        <translation>Gap without measures → contribution per measure → gap with measures</translation>
    </message>
    <message>
        <source>Ohne Daten keine Prognose.</source>
        <translation>No data, no forecast.</translation>
    </message>
    <message>
        <source>Noch keine Maßnahme im Status geplant, in Umsetzung oder umgesetzt hat eine erfasste Wirkung (Empfehlungen › Wirkungen).</source>
        <translation>No measure in the status planned, in progress or implemented has a recorded effect yet (Recommendations › Effects).</translation>
    </message>
    <message>
        <source>ohne</source>
        <translation>without</translation>
    </message>
    <message>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>Die Maßnahmen schließen %1 von %2 Beschäftigtenäquivalenten der Lücke %3 (%4).</source>
        <translation>The measures close %1 of the %2 employee-equivalents of the %3 gap (%4).</translation>
    </message>
    <message>
        <source>Lücke %1 ohne Maßnahmen: %2, mit Maßnahmen: %3 Beschäftigtenäquivalente (negativ = Angebotsüberhang).</source>
        <translation>Gap %1 without measures: %2, with measures: %3 employee-equivalents (negative = supply exceeds demand).</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Erwartete Wirkung auf die Prognose: Änderung eines Parameters ab einem Jahr, linear ansteigend bis zur vollen Wirkung. Jede Wirkung braucht eine Begründung und eine Quelle (Studienstelle, Ergebnis eines Pilotprojekts oder „Annahme“).</source>
        <translation>Expected effect on the forecast: a change of one parameter from a year on, rising linearly to the full effect. Every effect needs a justification and a source (study passage, result of a pilot project, or &apos;Annahme&apos; = assumption).</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Kreise</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Gewerbegruppen</source>
        <translation>Craft groups</translation>
    </message>
    <message>
        <source>Neue Wirkung</source>
        <translation>New effect</translation>
    </message>
    <message>
        <source>Wirkung entfernen</source>
        <translation>Remove effect</translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>Warum diese Wirkung? (Pflicht)</source>
        <translation>Why this effect? (required)</translation>
    </message>
    <message>
        <source>Annahme</source>
        <translation>Annahme (assumption)</translation>
    </message>
    <message>
        <source>volle Wirkung ab</source>
        <translation>full effect by</translation>
    </message>
    <message>
        <source>Wirkung ab</source>
        <translation>Effect from</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Wirkung übernehmen</source>
        <translation>Apply effect</translation>
    </message>
    <message>
        <source>Gewählte Wirkung</source>
        <translation>Selected effect</translation>
    </message>
    <message>
        <source>Wert dieses Eintrags</source>
        <translation>What this item is worth</translation>
    </message>
    <message>
        <source>Erlaubt: %1 bis %2 (Basiswert bleibt im plausiblen Bereich %3–%4)</source>
        <translation>Allowed: %1 to %2 (keeps the baseline value within the plausible range %3–%4)</translation>
    </message>
    <message>
        <source>Wirkung angelegt</source>
        <translation>Effect added</translation>
    </message>
    <message>
        <source>Wirkung bearbeitet</source>
        <translation>Effect edited</translation>
    </message>
    <message>
        <source>Wirkung entfernt</source>
        <translation>Effect removed</translation>
    </message>
    <message>
        <source>Noch keine Wirkung erfasst – ohne Wirkung bleibt die Prognose unverändert.</source>
        <translation>No effect recorded yet – without an effect the forecast stays unchanged.</translation>
    </message>
    <message>
        <source>Im Status „%1“ nicht in „mit Maßnahmen“ berücksichtigt (berücksichtigt: geplant, in Umsetzung, umgesetzt).</source>
        <translation>In the status &apos;%1&apos; not counted in &apos;with measures&apos; (counted: planned, in progress, implemented).</translation>
    </message>
    <message>
        <source>Beitrag wird berechnet …</source>
        <translation>Computing the contribution …</translation>
    </message>
    <message>
        <source>Beitrag zur Lücke (Beschäftigtenäquivalente; positiv = schließt Lücke): %1</source>
        <translation>Contribution to the gap (employee-equivalents; positive = closes part of the gap): %1</translation>
    </message>
    <message>
        <source>Region, alle Gewerbegruppen, Szenario Basis, mit allen berücksichtigten Maßnahmen. Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren.</source>
        <translation>Region, all craft groups, scenario Baseline, with all measures counted. When measures interact, the contributions need not add up.</translation>
    </message>
</context>
</TS>
