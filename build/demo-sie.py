#!/usr/bin/env python3
"""Writes the demo's SIE 4 file of SUVS's outcome 2022 (src/Platform.Web/Infrastructure/Demo/suvs-2022.se).

Deterministic: run it again and the bytes are the same. The file is what an accounting program exports
(CP437, CRLF, #FORMAT PC8, quoted names with å/ä/ö, a project dimension, negative income): every result
account's movement per month (#PSALDO), the year's result (#RES), opening and closing balances (#IB/#UB)
and a few vouchers (#VER/#TRANS). The year's outcome lies close to the adopted budget 2022 with some
deviations (the DemoBudgetSeeder's account mappings put each account on its budget line); 8310
Ränteintäkter is deliberately left unmapped, so the import has something to report.

Usage: python3 build/demo-sie.py
"""
import os

ORGNR = "222000-1016"  # DemoFeeSeeder: "222000" + 101 (SUVS's place + 100) + Luhn check digit
NAME = "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna"

QUARTERS = [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]
EVEN = [1] * 12
SALARY = [1, 1, 1, 1, 1, 1, 1.45, 0.55, 1, 1, 1, 1]      # holiday pay in July, little in August
ACTIVITY = [0.6, 1, 1.2, 1, 1.1, 0.8, 0.2, 0.5, 1.2, 1.3, 1.2, 0.9]
ESF_RSFM = [0, 0, 1, 0, 0, 1.1, 0, 0, 0.9, 0, 0, 0]       # paid on reported hours, a quarter late
ESF_MIAV = [0, 0, 1, 0, 0, 1.2, 0, 0, 1.1, 0, 0, 0]
AUTUMN = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1.4, 1.2]
SPRING_AUTUMN = [0, 0.5, 1, 1, 0.6, 0, 0, 0, 0.8, 1, 1, 0.4]
AUDIT = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]

# (account, name, kind, year's amount in öre as signed in the file, monthly weights, object rows)
ACCOUNTS = [
    ("3010", "Medlemsavgift Staten (Försäkringskassan/Arbetsförmedlingen)", "I", -346500000, QUARTERS),
    ("3011", "Medlemsavgift Region Stockholm", "I", -173250000, QUARTERS),
    ("3012", "Medlemsavgift Sollentuna kommun", "I", -76230000, QUARTERS),
    ("3013", "Medlemsavgift Upplands Väsby kommun", "I", -46777500, QUARTERS),
    ("3014", "Medlemsavgift Sigtuna kommun", "I", -50242500, QUARTERS),
    ("3020", "ESF-medel Rätt stöd för mig", "I", -81234000, ESF_RSFM),
    ("3021", "ESF-medel MIA Vidare", "I", -214860000, ESF_MIAV),
    ("4010", "Insats MIA Vidare/Resursteamet", "K", 387421550, EVEN),
    ("4020", "Insats Rätt stöd för mig/HOPPET", "K", 361248000, EVEN),
    ("4090", "Nya insatser", "K", 18500000, AUTUMN),
    ("5010", "Lokalhyra", "K", 21600000, EVEN),
    ("5410", "Förbrukningsinventarier", "K", 2391250, [0, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]),
    ("5910", "Annonsering och information", "K", 4420000, SPRING_AUTUMN),
    ("5990", "Övriga kostnader för reklam och trycksaker", "K", 3175000, SPRING_AUTUMN),
    ("6212", "Mobiltelefon", "K", 1840000, EVEN),
    ("6420", "Ersättning till revisor", "K", 7800000, AUDIT),
    ("6530", "Redovisningstjänster", "K", 15000000, EVEN),
    ("6540", "IT-tjänster", "K", 9230000, EVEN),
    ("6910", "Frukostmöten och webinarier", "K", 6432000, SPRING_AUTUMN),
    ("6920", "Samverkan med näringslivet inkl. ASF", "K", 37180000, ACTIVITY),
    ("6930", "Utbildningar och workshops", "K", 33145000, ACTIVITY),
    ("6940", "Insatskatalogen, årsavgift", "K", 4000000, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("6950", "IPS, kompetenshöjande insatser", "K", 24600000, ACTIVITY),
    ("6960", "Utbildningar BIP", "K", 9250000, [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]),
    ("6981", "Föreningsavgifter och nätverk", "K", 3850000, [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]),
    ("6990", "Övriga externa kostnader, oförutsett", "K", 1240000, [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]),
    ("7010", "Löner till tjänstemän", "K", 121000000, SALARY),
    ("7240", "Styrelsearvoden", "K", 11360000, [1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1]),
    ("7510", "Arbetsgivaravgifter", "K", 38020000, SALARY),
    ("8310", "Ränteintäkter från bank", "I", -124532, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
]

# The project dimension: the interventions' costs split by project (what the programs write beside the totals).
OBJECTS = {"4010": [("MIAV", 1.0)], "4020": [("RSFM", 1.0)]}

OPENING_BANK = 243151840
OPENING_EQUITY = -243151840
PAYABLES = -14532000


def spread(total, weights):
    """The total in öre over twelve months by weight; the last month with weight takes the rest."""
    s = sum(weights)
    months = [int(total * w / s) for w in weights]
    last = max(i for i, w in enumerate(weights) if w)
    months[last] += total - sum(months)
    return months


def kr(ore):
    sign = "-" if ore < 0 else ""
    ore = abs(ore)
    return f"{sign}{ore // 100}.{ore % 100:02d}"


def main():
    lines = [
        "#FLAGGA 0",
        '#PROGRAM "Kassaboken Förening" 5.2',
        "#FORMAT PC8",
        '#GEN 20230214 "Ekonomiassistenten"',
        "#SIETYP 4",
        '#PROSA "Utfall 2022 för uppföljning av budget 2022"',
        '#FNR "SUVS"',
        f"#ORGNR {ORGNR}",
        f'#FNAMN "{NAME}"',
        '#ADRESS "Kansliet" "Box 101" "110 01 Sollentuna" "070-174 06 11"',
        "#RAR 0 20220101 20221231",
        "#RAR -1 20210101 20211231",
        "#TAXAR 2023",
        "#KPTYP BAS2014",
        "#VALUTA SEK",
    ]
    balance = [("1930", "Företagskonto", "T"), ("2440", "Leverantörsskulder", "S"), ("2091", "Balanserat resultat", "S"), ("2099", "Årets resultat", "S")]
    for number, name, kind in balance + [(a[0], a[1], a[2]) for a in ACCOUNTS]:
        lines.append(f'#KONTO {number} "{name}"')
        lines.append(f"#KTYP {number} {kind}")
    lines.append('#DIM 6 "Projekt"')
    lines.append('#OBJEKT 6 "MIAV" "MIA Vidare/Resursteamet"')
    lines.append('#OBJEKT 6 "RSFM" "Rätt stöd för mig/HOPPET"')

    result = sum(a[3] for a in ACCOUNTS)
    closing_bank = -(OPENING_EQUITY + PAYABLES + result)
    lines += [
        f"#IB 0 1930 {kr(OPENING_BANK)}",
        f"#IB 0 2091 {kr(OPENING_EQUITY)}",
        f"#UB 0 1930 {kr(closing_bank)}",
        f"#UB 0 2440 {kr(PAYABLES)}",
        f"#UB 0 2091 {kr(OPENING_EQUITY)}",
        f"#IB -1 1930 {kr(189265000)}",
        f"#UB -1 1930 {kr(OPENING_BANK)}",
    ]
    for number, _, _, total, _ in ACCOUNTS:
        lines.append(f"#RES 0 {number} {kr(total)}")
    for number, _, _, total, weights in ACCOUNTS:
        for month, amount in enumerate(spread(total, weights), start=1):
            if amount == 0:
                continue
            lines.append(f"#PSALDO 0 2022{month:02d} {number} {{}} {kr(amount)}")
            for obj, share in OBJECTS.get(number, []):
                lines.append(f'#PSALDO 0 2022{month:02d} {number} {{6 "{obj}"}} {kr(int(amount * share))}')

    q = spread(-346500000, QUARTERS)[0]
    vouchers = [
        ("A", 1, "20220117", "Medlemsavgift kv 1 Försäkringskassan (staten)", [("1930", None, -q), ("3010", None, q)]),
        ("A", 2, "20220125", "Löner januari", [("7010", None, 9523809), ("7510", None, 2992381), ("1930", None, -12516190)]),
        ("B", 1, "20220131", "Resursteamet, Sollentuna kommun, faktura 2022-01", [("4010", '6 "MIAV"', 32285129), ("2440", None, -32285129)]),
        ("B", 2, "20220131", "HOPPET, Upplands Väsby kommun, faktura 2022-01", [("4020", '6 "RSFM"', 30104000), ("2440", None, -30104000)]),
        ("B", 3, "20220210", "Insatskatalogen, årsavgift 2022", [("6940", None, 4000000), ("1930", None, -4000000)]),
    ]
    for series, number, date, text, transactions in vouchers:
        assert sum(t[2] for t in transactions) == 0, text
        lines.append(f'#VER {series} {number} {date} "{text}" 20220215')
        lines.append("{")
        for account, obj, amount in transactions:
            lines.append(f"   #TRANS {account} {{{obj or ''}}} {kr(amount)}")
        lines.append("}")

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "src", "Platform.Web", "Infrastructure", "Demo", "suvs-2022.se")
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp437"))
    income = -sum(a[3] for a in ACCOUNTS if a[3] < 0)
    costs = sum(a[3] for a in ACCOUNTS if a[3] > 0)
    print(f"{os.path.normpath(path)}: income {kr(income)}, costs {kr(costs)}, result {kr(-result)}")


if __name__ == "__main__":
    main()
