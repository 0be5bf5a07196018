#!/usr/bin/env python3
"""Writes sql/seed/340_CVN_TARIFARIO_SEGUS.csv: a realistic SYNTHETIC SEGUS-style tariff.

NOT the official SEGUS table (Sistema Estandarizado de Gestion de Unidades de Servicio), which is
not redistributable here: the codes follow its shape (NN.NN.NN: chapter, group, item), the
descriptions are the usual names of medical services in Spanish and English, combined from the
lists below, and the units (n_unidad) are plausible orders of magnitude, not the official ones.

Deterministic: the same script writes the same file (no clock, a fixed random seed).
Run from the repository root:   python3 sql/seed/tools/segus.py && cargo xtask codegen

Chapters and their SEGUS classification (sql/seed/230_CVN_CLASIFICACION_SEGUS.csv, ids handed
out in file order on a new database: 1 Consultas, 2 Procedimientos medicos, 3 Procedimientos
quirurgicos, 4 Anestesiologia, 5 Patologia clinica, 6 Anatomia patologica, 7 Diagnostico por
imagenes, 8 Medicina fisica, 9 Odontologia, 10 Hospitalizacion):
  10 consultas, visitas e interconsultas (1)      20-29 procedimientos medicos por especialidad (2)
  30-60 procedimientos quirurgicos por sistema (3) 70 anestesiologia (4)
  80 laboratorio clinico (5)                       85 anatomia patologica (6)
  90 diagnostico por imagenes (7)                  93 medicina fisica y rehabilitacion (8)
  95 odontologia (9)                               99 hospitalizacion (10)
"""

import csv
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "340_CVN_TARIFARIO_SEGUS.csv")
RNG = random.Random(20261124)

# Catalog ids (file order of the seed catalogs on a new database).
CLS = {"consulta": 1, "medico": 2, "quirurgico": 3, "anestesia": 4, "laboratorio": 5, "patologia": 6,
       "imagen": 7, "rehabilitacion": 8, "odontologia": 9, "hospitalizacion": 10}
SUSALUD = {"AMB": 1, "EME": 2, "HOS": 3, "ODO": 6}  # 240_CVN_CLASIFICACION_SUSALUD.csv
CC = {"consulta": 3, "emergencia": 4, "hospitalizacion": 5, "quirofano": 6, "laboratorio": 7, "imagen": 8}
TIPO_PRECIO_SEGUS = 1  # 260_CVN_TIPO_PRECIO.csv: SEG

rows = []


def unidades(lo, hi, paso=0.5):
    n = int(round((hi - lo) / paso))
    return "%.2f" % (lo + paso * RNG.randint(0, n))


def add(codigo, esp, eng, cls, cc, n_unidad, susalud="", ayudante=0, instrumentista=0):
    rows.append([codigo, esp, eng, CLS[cls], susalud, cc, TIPO_PRECIO_SEGUS, n_unidad, ayudante, instrumentista])


# ---- 10: consultations and visits --------------------------------------------------------------
ESPECIALIDADES = [
    ("Medicina general", "general medicine"), ("Medicina interna", "internal medicine"),
    ("Pediatría", "paediatrics"), ("Ginecología y obstetricia", "obstetrics and gynaecology"),
    ("Cardiología", "cardiology"), ("Neumología", "pulmonology"), ("Gastroenterología", "gastroenterology"),
    ("Endocrinología", "endocrinology"), ("Nefrología", "nephrology"), ("Neurología", "neurology"),
    ("Psiquiatría", "psychiatry"), ("Dermatología", "dermatology"), ("Oftalmología", "ophthalmology"),
    ("Otorrinolaringología", "otorhinolaryngology"), ("Traumatología y ortopedia", "orthopaedics and traumatology"),
    ("Urología", "urology"), ("Cirugía general", "general surgery"), ("Reumatología", "rheumatology"),
    ("Oncología médica", "medical oncology"), ("Hematología", "haematology"), ("Geriatría", "geriatrics"),
    ("Infectología", "infectious diseases"), ("Neurocirugía", "neurosurgery"), ("Cirugía plástica", "plastic surgery"),
    ("Medicina física y rehabilitación", "physical medicine and rehabilitation"), ("Nutrición", "nutrition"),
    ("Psicología", "psychology"), ("Alergia e inmunología", "allergy and immunology"),
    ("Cirugía cardiovascular", "cardiovascular surgery"), ("Cirugía de cabeza y cuello", "head and neck surgery"),
]
TIPOS_CONSULTA = [
    ("Consulta ambulatoria de {e}", "Outpatient consultation, {e}", 1.0, 1.5, "AMB", "consulta"),
    ("Consulta ambulatoria de {e}, paciente nuevo", "Outpatient consultation, {e}, new patient", 1.0, 2.0, "AMB", "consulta"),
    ("Consulta ambulatoria de {e}, paciente continuador", "Outpatient consultation, {e}, follow-up patient", 1.0, 1.5, "AMB", "consulta"),
    ("Consulta de {e} en emergencia", "Emergency consultation, {e}", 1.5, 2.5, "EME", "emergencia"),
    ("Interconsulta de {e} en hospitalización", "Inpatient consultation, {e}", 1.0, 2.0, "HOS", "hospitalizacion"),
    ("Visita médica diaria de {e} en hospitalización", "Daily inpatient visit, {e}", 1.0, 1.5, "HOS", "hospitalizacion"),
    ("Visita médica de {e} en cuidados intensivos", "Intensive care visit, {e}", 2.0, 3.0, "HOS", "hospitalizacion"),
    ("Teleconsulta de {e}", "Teleconsultation, {e}", 0.5, 1.0, "AMB", "consulta"),
    ("Junta médica de {e}", "Medical board, {e}", 2.0, 4.0, "HOS", "hospitalizacion"),
    ("Consulta domiciliaria de {e}", "Home visit, {e}", 2.0, 3.0, "AMB", "consulta"),
]
for g, (esp_t, eng_t, lo, hi, sus, cc) in enumerate(TIPOS_CONSULTA, start=1):
    for i, (e, en) in enumerate(ESPECIALIDADES, start=1):
        add("10.%02d.%02d" % (g, i), esp_t.format(e=e.lower() if not e[0].isupper() else e.lower()),
            eng_t.format(e=en), "consulta", CC[cc], unidades(lo, hi, 0.25), SUSALUD[sus])

# ---- 20-29: medical (non-surgical) procedures by specialty --------------------------------------
PROC_MEDICOS = {
    "Cardiología": ("cardiology", [
        ("Electrocardiograma de 12 derivaciones", "12-lead electrocardiogram", 1, 2),
        ("Prueba de esfuerzo en banda sin fin", "Treadmill exercise stress test", 4, 6),
        ("Holter de ritmo de 24 horas", "24-hour Holter rhythm monitoring", 4, 6),
        ("Monitoreo ambulatorio de presión arterial (MAPA)", "Ambulatory blood pressure monitoring", 3, 5),
        ("Ecocardiograma transtorácico", "Transthoracic echocardiogram", 6, 9),
        ("Ecocardiograma transesofágico", "Transoesophageal echocardiogram", 10, 14),
        ("Cardioversión eléctrica externa", "External electrical cardioversion", 8, 12),
        ("Cateterismo cardíaco izquierdo con coronariografía", "Left heart catheterisation with coronary angiography", 30, 45),
        ("Control de marcapasos", "Pacemaker check", 2, 3),
        ("Tilt test (prueba de mesa basculante)", "Tilt table test", 5, 8),
    ]),
    "Neumología": ("pulmonology", [
        ("Espirometría simple", "Simple spirometry", 2, 3),
        ("Espirometría con broncodilatador", "Spirometry with bronchodilator", 3, 4),
        ("Fibrobroncoscopía diagnóstica", "Diagnostic fibreoptic bronchoscopy", 12, 18),
        ("Fibrobroncoscopía con lavado broncoalveolar", "Bronchoscopy with bronchoalveolar lavage", 14, 20),
        ("Toracocentesis diagnóstica", "Diagnostic thoracentesis", 4, 6),
        ("Polisomnografía nocturna", "Overnight polysomnography", 10, 15),
        ("Nebulización", "Nebulisation", 0.5, 1),
        ("Oximetría de pulso nocturna", "Overnight pulse oximetry", 2, 3),
        ("Prueba de caminata de seis minutos", "Six-minute walk test", 1.5, 2.5),
        ("Difusión pulmonar de monóxido de carbono", "Carbon monoxide diffusing capacity", 4, 6),
    ]),
    "Gastroenterología": ("gastroenterology", [
        ("Endoscopía digestiva alta diagnóstica", "Diagnostic upper gastrointestinal endoscopy", 10, 14),
        ("Endoscopía digestiva alta con biopsia", "Upper gastrointestinal endoscopy with biopsy", 12, 16),
        ("Colonoscopía diagnóstica", "Diagnostic colonoscopy", 14, 20),
        ("Colonoscopía con polipectomía", "Colonoscopy with polypectomy", 18, 26),
        ("Rectosigmoidoscopía flexible", "Flexible rectosigmoidoscopy", 8, 12),
        ("Colangiopancreatografía retrógrada endoscópica (CPRE)", "Endoscopic retrograde cholangiopancreatography (ERCP)", 30, 45),
        ("Ligadura endoscópica de várices esofágicas", "Endoscopic band ligation of oesophageal varices", 16, 22),
        ("Paracentesis diagnóstica", "Diagnostic paracentesis", 3, 5),
        ("Manometría esofágica", "Oesophageal manometry", 8, 12),
        ("pH-metría esofágica de 24 horas", "24-hour oesophageal pH monitoring", 8, 12),
    ]),
    "Neurología": ("neurology", [
        ("Electroencefalograma convencional", "Routine electroencephalogram", 4, 6),
        ("Electroencefalograma con privación de sueño", "Sleep-deprived electroencephalogram", 6, 8),
        ("Electromiografía de miembros superiores", "Upper limb electromyography", 6, 9),
        ("Electromiografía de miembros inferiores", "Lower limb electromyography", 6, 9),
        ("Velocidad de conducción nerviosa", "Nerve conduction study", 4, 6),
        ("Potenciales evocados auditivos", "Auditory evoked potentials", 5, 7),
        ("Potenciales evocados visuales", "Visual evoked potentials", 5, 7),
        ("Punción lumbar diagnóstica", "Diagnostic lumbar puncture", 4, 6),
        ("Aplicación de toxina botulínica", "Botulinum toxin injection", 6, 10),
        ("Video-electroencefalograma prolongado", "Prolonged video electroencephalogram", 14, 20),
    ]),
    "Oftalmología": ("ophthalmology", [
        ("Tonometría ocular", "Ocular tonometry", 0.5, 1),
        ("Fondo de ojo con dilatación", "Dilated fundus examination", 1, 1.5),
        ("Campimetría computarizada", "Computerised visual field test", 2, 3),
        ("Tomografía de coherencia óptica", "Optical coherence tomography", 4, 6),
        ("Angiografía retinal con fluoresceína", "Fluorescein retinal angiography", 6, 9),
        ("Paquimetría corneal", "Corneal pachymetry", 1, 2),
        ("Fotocoagulación retinal con láser", "Retinal laser photocoagulation", 10, 16),
        ("Capsulotomía con láser YAG", "YAG laser capsulotomy", 8, 12),
        ("Inyección intravítrea", "Intravitreal injection", 10, 14),
        ("Refracción y prescripción de lentes", "Refraction and lens prescription", 0.5, 1),
    ]),
    "Otorrinolaringología": ("otorhinolaryngology", [
        ("Audiometría tonal", "Pure-tone audiometry", 1.5, 2.5),
        ("Impedanciometría", "Tympanometry", 1, 2),
        ("Nasofibrolaringoscopía", "Flexible nasolaryngoscopy", 4, 6),
        ("Lavado de oído", "Ear irrigation", 0.5, 1),
        ("Taponamiento nasal anterior", "Anterior nasal packing", 1.5, 2.5),
        ("Emisiones otoacústicas", "Otoacoustic emissions", 2, 3),
        ("Videonistagmografía", "Videonystagmography", 5, 7),
        ("Logoaudiometría", "Speech audiometry", 1.5, 2.5),
    ]),
    "Dermatología": ("dermatology", [
        ("Crioterapia de lesiones cutáneas", "Cryotherapy of skin lesions", 1.5, 3),
        ("Dermatoscopía digital", "Digital dermoscopy", 2, 3),
        ("Electrocauterización de lesiones cutáneas", "Electrocautery of skin lesions", 2, 4),
        ("Infiltración intralesional", "Intralesional injection", 1, 2),
        ("Fototerapia UVB de banda estrecha, sesión", "Narrowband UVB phototherapy, session", 1, 1.5),
        ("Curetaje de lesión cutánea", "Curettage of skin lesion", 2, 3),
    ]),
    "Ginecología y obstetricia": ("obstetrics and gynaecology", [
        ("Colposcopía", "Colposcopy", 2, 3),
        ("Colposcopía con biopsia", "Colposcopy with biopsy", 3, 4),
        ("Toma de muestra de Papanicolaou", "Papanicolaou smear sampling", 0.5, 1),
        ("Inserción de dispositivo intrauterino", "Intrauterine device insertion", 2, 3),
        ("Monitoreo fetal electrónico", "Electronic fetal monitoring", 1.5, 2.5),
        ("Histeroscopía diagnóstica", "Diagnostic hysteroscopy", 8, 12),
        ("Amniocentesis", "Amniocentesis", 6, 9),
        ("Retiro de dispositivo intrauterino", "Intrauterine device removal", 1, 1.5),
    ]),
    "Urología": ("urology", [
        ("Cistoscopía diagnóstica", "Diagnostic cystoscopy", 6, 9),
        ("Uroflujometría", "Uroflowmetry", 1, 2),
        ("Estudio urodinámico completo", "Complete urodynamic study", 8, 12),
        ("Cateterismo vesical", "Bladder catheterisation", 0.5, 1),
        ("Biopsia prostática transrectal ecoguiada", "Ultrasound-guided transrectal prostate biopsy", 10, 14),
        ("Litotricia extracorpórea por ondas de choque", "Extracorporeal shock wave lithotripsy", 25, 35),
    ]),
    "Nefrología": ("nephrology", [
        ("Hemodiálisis, sesión", "Haemodialysis, session", 6, 9),
        ("Diálisis peritoneal, sesión", "Peritoneal dialysis, session", 4, 6),
        ("Colocación de catéter venoso central para hemodiálisis", "Central venous haemodialysis catheter placement", 10, 14),
        ("Biopsia renal percutánea", "Percutaneous renal biopsy", 12, 16),
        ("Plasmaféresis, sesión", "Plasmapheresis, session", 10, 14),
    ]),
}
for g, (esp_name, (eng_name, items)) in enumerate(PROC_MEDICOS.items(), start=1):
    cap = 20 + (g - 1) // 9
    grupo = (g - 1) % 9 + 1
    for i, (esp, eng, lo, hi) in enumerate(items, start=1):
        add("%02d.%02d.%02d" % (cap, grupo, i), "%s (%s)" % (esp, esp_name.lower()), "%s (%s)" % (eng, eng_name),
            "medico", CC["consulta"], unidades(lo, hi), SUSALUD["AMB"])

# ---- 30-60: surgical procedures by body system ---------------------------------------------------
LADO = [("derecho", "right"), ("izquierdo", "left"), ("bilateral", "bilateral")]
SISTEMAS = [
    # (chapter, system es, system en, [(site es, site en, factor)], [(verb es, verb en, lo, hi, ayudantes)])
    (30, "piel y tejido celular subcutáneo", "skin and subcutaneous tissue",
     [("cara", "face", 1.2), ("cuero cabelludo", "scalp", 1.0), ("cuello", "neck", 1.1), ("tórax", "chest", 1.0),
      ("abdomen", "abdomen", 1.0), ("espalda", "back", 1.0), ("miembro superior", "upper limb", 1.0),
      ("mano", "hand", 1.2), ("miembro inferior", "lower limb", 1.0), ("pie", "foot", 1.1), ("región glútea", "gluteal region", 1.0),
      ("región perianal", "perianal region", 1.2)],
     [("Exéresis de lesión benigna de piel de {s}, hasta 2 cm", "Excision of benign skin lesion, {s}, up to 2 cm", 4, 6, 0),
      ("Exéresis de lesión benigna de piel de {s}, mayor de 2 cm", "Excision of benign skin lesion, {s}, over 2 cm", 6, 9, 0),
      ("Exéresis de lesión maligna de piel de {s} con márgenes", "Excision of malignant skin lesion, {s}, with margins", 10, 15, 1),
      ("Sutura de herida simple de {s}, hasta 5 cm", "Simple wound repair, {s}, up to 5 cm", 2, 3, 0),
      ("Sutura de herida compleja de {s}", "Complex wound repair, {s}", 5, 8, 0),
      ("Drenaje de absceso de {s}", "Incision and drainage of abscess, {s}", 3, 5, 0),
      ("Desbridamiento de tejido necrótico de {s}", "Debridement of necrotic tissue, {s}", 5, 8, 0),
      ("Injerto de piel de espesor parcial en {s}", "Split-thickness skin graft, {s}", 14, 20, 1),
      ("Colgajo local de {s}", "Local flap, {s}", 16, 24, 1),
      ("Extracción de cuerpo extraño de {s}", "Removal of foreign body, {s}", 3, 5, 0),
      ("Exéresis de quiste sebáceo de {s}", "Excision of sebaceous cyst, {s}", 4, 6, 0),
      ("Exéresis de lipoma de {s}", "Excision of lipoma, {s}", 6, 9, 0),
      ("Biopsia incisional de piel de {s}", "Incisional skin biopsy, {s}", 2, 3, 0),
      ("Cierre diferido de herida de {s}", "Delayed wound closure, {s}", 4, 6, 0),
      ("Retiro de puntos de {s}", "Suture removal, {s}", 0.5, 1, 0)]),
    (35, "sistema musculoesquelético", "musculoskeletal system",
     [("clavícula", "clavicle", 1.0), ("húmero", "humerus", 1.3), ("codo", "elbow", 1.2), ("antebrazo", "forearm", 1.1),
      ("radio distal", "distal radius", 1.1), ("muñeca", "wrist", 1.1), ("metacarpiano", "metacarpal", 0.9),
      ("falange de la mano", "phalanx of the hand", 0.8), ("pelvis", "pelvis", 1.6), ("cadera", "hip", 1.6),
      ("fémur", "femur", 1.5), ("rodilla", "knee", 1.3), ("rótula", "patella", 1.1), ("tibia", "tibia", 1.3),
      ("tobillo", "ankle", 1.2), ("calcáneo", "calcaneus", 1.2), ("metatarsiano", "metatarsal", 0.9), ("columna lumbar", "lumbar spine", 1.8)],
     [("Reducción cerrada de fractura de {s}", "Closed reduction of fracture, {s}", 8, 12, 0),
      ("Reducción abierta y fijación interna de fractura de {s}", "Open reduction and internal fixation of fracture, {s}", 30, 45, 1),
      ("Fijación externa de fractura de {s}", "External fixation of fracture, {s}", 24, 34, 1),
      ("Retiro de material de osteosíntesis de {s}", "Removal of internal fixation hardware, {s}", 12, 18, 1),
      ("Reducción de luxación de {s}", "Reduction of dislocation, {s}", 6, 10, 0),
      ("Artrotomía de {s}", "Arthrotomy, {s}", 16, 24, 1),
      ("Biopsia ósea de {s}", "Bone biopsy, {s}", 10, 14, 0),
      ("Osteotomía correctiva de {s}", "Corrective osteotomy, {s}", 30, 42, 1),
      ("Inmovilización con yeso de {s}", "Plaster cast immobilisation, {s}", 2, 4, 0),
      ("Inmovilización con férula de {s}", "Splint immobilisation, {s}", 1.5, 3, 0),
      ("Infiltración articular o periarticular de {s}", "Joint or periarticular injection, {s}", 1.5, 3, 0),
      ("Injerto óseo en {s}", "Bone graft, {s}", 20, 30, 1),
      ("Secuestrectomía por osteomielitis de {s}", "Sequestrectomy for osteomyelitis, {s}", 18, 26, 1)]),
    (40, "aparato respiratorio y cardiovascular", "respiratory and cardiovascular systems",
     [("pulmón derecho", "right lung", 1.0), ("pulmón izquierdo", "left lung", 1.0), ("mediastino", "mediastinum", 1.2),
      ("pleura", "pleura", 0.9), ("tráquea", "trachea", 1.1), ("arteria femoral", "femoral artery", 1.0),
      ("arteria carótida", "carotid artery", 1.3), ("vena safena", "saphenous vein", 0.8), ("aorta abdominal", "abdominal aorta", 1.6),
      ("arteria poplítea", "popliteal artery", 1.1)],
     [("Exploración quirúrgica de {s}", "Surgical exploration, {s}", 20, 30, 1),
      ("Biopsia quirúrgica de {s}", "Surgical biopsy, {s}", 14, 20, 1),
      ("Resección de lesión de {s} por videotoracoscopía o abordaje mínimo", "Minimally invasive resection of lesion, {s}", 40, 60, 2),
      ("Resección abierta de lesión de {s}", "Open resection of lesion, {s}", 45, 65, 2),
      ("Reparación de lesión traumática de {s}", "Repair of traumatic injury, {s}", 30, 45, 1),
      ("Drenaje quirúrgico de colección de {s}", "Surgical drainage of collection, {s}", 12, 18, 1),
      ("Angioplastia percutánea de {s}", "Percutaneous angioplasty, {s}", 30, 40, 1),
      ("Embolectomía o trombectomía de {s}", "Embolectomy or thrombectomy, {s}", 30, 40, 1)]),
    (45, "aparato digestivo y pared abdominal", "digestive system and abdominal wall",
     [("esófago", "oesophagus", 1.5), ("estómago", "stomach", 1.3), ("duodeno", "duodenum", 1.3), ("intestino delgado", "small intestine", 1.2),
      ("apéndice cecal", "appendix", 0.9), ("colon", "colon", 1.4), ("recto", "rectum", 1.5), ("ano", "anus", 0.7),
      ("hígado", "liver", 1.7), ("vesícula biliar", "gallbladder", 1.0), ("vías biliares", "bile ducts", 1.5),
      ("páncreas", "pancreas", 1.9), ("bazo", "spleen", 1.2), ("pared abdominal", "abdominal wall", 0.8)],
     [("Resección laparoscópica de {s}", "Laparoscopic resection, {s}", 35, 50, 1),
      ("Resección abierta de {s}", "Open resection, {s}", 38, 55, 2),
      ("Biopsia quirúrgica de {s}", "Surgical biopsy, {s}", 10, 16, 1),
      ("Sutura de perforación de {s}", "Repair of perforation, {s}", 25, 35, 1),
      ("Drenaje de absceso de {s}", "Drainage of abscess, {s}", 14, 20, 1),
      ("Exploración laparoscópica de {s}", "Laparoscopic exploration, {s}", 18, 26, 1),
      ("Reintervención quirúrgica de {s}", "Surgical re-intervention, {s}", 30, 45, 1)]),
    (50, "aparato urinario y genital masculino", "urinary and male genital systems",
     [("riñón derecho", "right kidney", 1.4), ("riñón izquierdo", "left kidney", 1.4), ("uréter", "ureter", 1.2),
      ("vejiga", "bladder", 1.2), ("uretra", "urethra", 0.9), ("próstata", "prostate", 1.3), ("testículo", "testis", 0.8),
      ("pene", "penis", 0.8), ("escroto", "scrotum", 0.6), ("glándula suprarrenal", "adrenal gland", 1.6)],
     [("Resección endoscópica de lesión de {s}", "Endoscopic resection of lesion, {s}", 25, 35, 1),
      ("Resección abierta de {s}", "Open resection, {s}", 35, 50, 1),
      ("Resección laparoscópica de {s}", "Laparoscopic resection, {s}", 38, 52, 1),
      ("Extracción de cálculo de {s}", "Stone removal, {s}", 25, 35, 1),
      ("Biopsia de {s}", "Biopsy, {s}", 8, 12, 0),
      ("Reparación de lesión traumática de {s}", "Repair of traumatic injury, {s}", 25, 35, 1),
      ("Drenaje percutáneo de {s}", "Percutaneous drainage, {s}", 10, 15, 0)]),
    (55, "aparato genital femenino y obstetricia", "female genital system and obstetrics",
     [("útero", "uterus", 1.3), ("cuello uterino", "cervix", 0.9), ("ovario derecho", "right ovary", 1.0),
      ("ovario izquierdo", "left ovary", 1.0), ("trompa uterina", "fallopian tube", 0.9), ("vagina", "vagina", 0.8),
      ("vulva", "vulva", 0.7), ("glándula de Bartholin", "Bartholin gland", 0.5), ("mama derecha", "right breast", 1.1),
      ("mama izquierda", "left breast", 1.1)],
     [("Resección laparoscópica de lesión de {s}", "Laparoscopic excision of lesion, {s}", 28, 40, 1),
      ("Resección abierta de lesión de {s}", "Open excision of lesion, {s}", 26, 38, 1),
      ("Biopsia de {s}", "Biopsy, {s}", 4, 7, 0),
      ("Drenaje de absceso de {s}", "Drainage of abscess, {s}", 6, 10, 0),
      ("Cauterización o conización de lesión de {s}", "Cauterisation or conisation of lesion, {s}", 8, 12, 0),
      ("Reparación plástica de {s}", "Plastic repair, {s}", 20, 30, 1)]),
    (60, "sistema nervioso, ojo y oído", "nervous system, eye and ear",
     [("cráneo", "skull", 1.8), ("columna cervical", "cervical spine", 1.7), ("columna dorsal", "thoracic spine", 1.7),
      ("nervio periférico", "peripheral nerve", 1.0), ("ojo derecho", "right eye", 1.0), ("ojo izquierdo", "left eye", 1.0),
      ("párpado", "eyelid", 0.6), ("oído medio", "middle ear", 1.2), ("fosas nasales", "nasal cavity", 0.9),
      ("senos paranasales", "paranasal sinuses", 1.2), ("amígdalas", "tonsils", 0.8), ("laringe", "larynx", 1.3),
      ("glándula tiroides", "thyroid gland", 1.3)],
     [("Abordaje quirúrgico con exéresis de lesión de {s}", "Surgical approach with excision of lesion, {s}", 40, 60, 1),
      ("Cirugía endoscópica de {s}", "Endoscopic surgery, {s}", 30, 45, 1),
      ("Microcirugía de {s}", "Microsurgery, {s}", 45, 65, 1),
      ("Biopsia quirúrgica de {s}", "Surgical biopsy, {s}", 10, 16, 0),
      ("Drenaje quirúrgico de {s}", "Surgical drainage, {s}", 14, 22, 1),
      ("Reparación de lesión traumática de {s}", "Repair of traumatic injury, {s}", 30, 45, 1),
      ("Descompresión quirúrgica de {s}", "Surgical decompression, {s}", 40, 60, 1)]),
]
NOMBRADAS = [  # well-known operations, chapter 60.90+ style "special" groups per system
    ("45.90.01", "Apendicectomía laparoscópica", "Laparoscopic appendicectomy", 38),
    ("45.90.02", "Apendicectomía convencional", "Open appendicectomy", 34),
    ("45.90.03", "Colecistectomía laparoscópica", "Laparoscopic cholecystectomy", 45),
    ("45.90.04", "Colecistectomía convencional", "Open cholecystectomy", 42),
    ("45.90.05", "Hernioplastía inguinal unilateral con malla", "Unilateral inguinal hernia repair with mesh", 30),
    ("45.90.06", "Hernioplastía umbilical", "Umbilical hernia repair", 24),
    ("45.90.07", "Eventroplastía con malla", "Incisional hernia repair with mesh", 40),
    ("45.90.08", "Hemorroidectomía", "Haemorrhoidectomy", 22),
    ("45.90.09", "Fistulectomía anal", "Anal fistulectomy", 20),
    ("45.90.10", "Gastrectomía total", "Total gastrectomy", 110),
    ("45.90.11", "Hemicolectomía derecha", "Right hemicolectomy", 90),
    ("45.90.12", "Funduplicatura laparoscópica de Nissen", "Laparoscopic Nissen fundoplication", 70),
    ("55.90.01", "Cesárea segmentaria", "Lower segment caesarean section", 40),
    ("55.90.02", "Parto vaginal eutócico", "Normal vaginal delivery", 28),
    ("55.90.03", "Histerectomía abdominal total", "Total abdominal hysterectomy", 55),
    ("55.90.04", "Histerectomía laparoscópica", "Laparoscopic hysterectomy", 65),
    ("55.90.05", "Legrado uterino instrumental", "Uterine curettage", 14),
    ("55.90.06", "Aspiración manual endouterina (AMEU)", "Manual vacuum aspiration", 12),
    ("55.90.07", "Mastectomía radical modificada", "Modified radical mastectomy", 70),
    ("55.90.08", "Ligadura de trompas por laparoscopía", "Laparoscopic tubal ligation", 24),
    ("35.90.01", "Artroplastía total de cadera", "Total hip arthroplasty", 120),
    ("35.90.02", "Artroplastía total de rodilla", "Total knee arthroplasty", 120),
    ("35.90.03", "Artroscopía de rodilla con meniscectomía", "Knee arthroscopy with meniscectomy", 50),
    ("35.90.04", "Reconstrucción artroscópica de ligamento cruzado anterior", "Arthroscopic anterior cruciate ligament reconstruction", 85),
    ("35.90.05", "Artroscopía de hombro con reparación de manguito rotador", "Shoulder arthroscopy with rotator cuff repair", 80),
    ("35.90.06", "Liberación del túnel carpiano", "Carpal tunnel release", 20),
    ("35.90.07", "Microdiscectomía lumbar", "Lumbar microdiscectomy", 90),
    ("40.90.01", "Revascularización miocárdica con puentes aortocoronarios", "Coronary artery bypass grafting", 150),
    ("40.90.02", "Reemplazo valvular aórtico", "Aortic valve replacement", 150),
    ("40.90.03", "Implante de marcapasos definitivo", "Permanent pacemaker implantation", 45),
    ("40.90.04", "Safenectomía unilateral", "Unilateral saphenectomy", 35),
    ("40.90.05", "Colocación de tubo de drenaje torácico", "Chest tube insertion", 10),
    ("40.90.06", "Traqueostomía", "Tracheostomy", 22),
    ("50.90.01", "Prostatectomía transuretral (RTU de próstata)", "Transurethral resection of the prostate", 60),
    ("50.90.02", "Nefrectomía radical laparoscópica", "Laparoscopic radical nephrectomy", 100),
    ("50.90.03", "Ureteroscopía con litotricia láser", "Ureteroscopy with laser lithotripsy", 55),
    ("50.90.04", "Circuncisión", "Circumcision", 14),
    ("50.90.05", "Vasectomía", "Vasectomy", 12),
    ("50.90.06", "Orquidopexia", "Orchidopexy", 24),
    ("60.90.01", "Facoemulsificación de catarata con lente intraocular", "Phacoemulsification with intraocular lens", 45),
    ("60.90.02", "Vitrectomía posterior", "Posterior vitrectomy", 80),
    ("60.90.03", "Amigdalectomía", "Tonsillectomy", 22),
    ("60.90.04", "Adenoidectomía", "Adenoidectomy", 18),
    ("60.90.05", "Septoplastía", "Septoplasty", 30),
    ("60.90.06", "Tiroidectomía total", "Total thyroidectomy", 60),
    ("60.90.07", "Craneotomía para evacuación de hematoma", "Craniotomy for evacuation of haematoma", 110),
    ("60.90.08", "Derivación ventrículo peritoneal", "Ventriculoperitoneal shunt", 80),
    ("60.90.09", "Timpanoplastía", "Tympanoplasty", 45),
    ("60.90.10", "Cirugía endoscópica funcional de senos paranasales", "Functional endoscopic sinus surgery", 50),
]
# Limbs and joints of the musculoskeletal chapter are billed per side.
LATERAL = {35}
for cap, sis_es, sis_en, sitios, verbos in SISTEMAS:
    if cap in LATERAL:
        sitios = [("%s, lado %s" % (s_es, l_es), "%s, %s side" % (s_en, l_en), f)
                  for s_es, s_en, f in sitios for l_es, l_en in LADO[:2]]
    for g, (v_es, v_en, lo, hi, ayud) in enumerate(verbos, start=1):
        for i, (s_es, s_en, f) in enumerate(sitios, start=1):
            n = float(unidades(lo, hi)) * f
            add("%02d.%02d.%02d" % (cap, g, i), v_es.format(s=s_es), v_en.format(s=s_en), "quirurgico",
                CC["quirofano"], "%.2f" % (round(n * 2) / 2), "", ayud, 1 if lo >= 10 else 0)
for codigo, esp, eng, u in NOMBRADAS:
    add(codigo, esp, eng, "quirurgico", CC["quirofano"], "%.2f" % u, "", 2 if u >= 80 else 1, 1)

# ---- 70: anaesthesiology ---------------------------------------------------------------------
ANESTESIA = [
    ("Anestesia general inhalatoria", "General inhalational anaesthesia", 10, 16),
    ("Anestesia general endovenosa total", "Total intravenous general anaesthesia", 10, 16),
    ("Anestesia raquídea", "Spinal anaesthesia", 7, 10),
    ("Anestesia epidural", "Epidural anaesthesia", 8, 11),
    ("Anestesia combinada raquídea y epidural", "Combined spinal-epidural anaesthesia", 9, 12),
    ("Bloqueo de plexo braquial", "Brachial plexus block", 6, 9),
    ("Bloqueo de nervio periférico", "Peripheral nerve block", 4, 6),
    ("Sedación consciente", "Conscious sedation", 3, 5),
    ("Sedación profunda", "Deep sedation", 5, 7),
    ("Analgesia epidural para trabajo de parto", "Epidural labour analgesia", 8, 11),
    ("Anestesia local asistida", "Monitored local anaesthesia care", 3, 4),
]
DURACIONES = [("hasta 1 hora", "up to 1 hour", 1.0), ("de 1 a 2 horas", "1 to 2 hours", 1.6),
              ("de 2 a 3 horas", "2 to 3 hours", 2.2), ("de 3 a 4 horas", "3 to 4 hours", 2.8),
              ("más de 4 horas", "over 4 hours", 3.5)]
RIESGO = [("ASA I-II", "ASA I-II", 1.0), ("ASA III", "ASA III", 1.2), ("ASA IV o mayor", "ASA IV or higher", 1.4)]
for g, (esp, eng, lo, hi) in enumerate(ANESTESIA, start=1):
    i = 0
    for d_es, d_en, fd in DURACIONES:
        for r_es, r_en, fr in RIESGO:
            i += 1
            n = (lo + hi) / 2 * fd * fr
            add("70.%02d.%02d" % (g, i), "%s, %s, %s" % (esp, d_es, r_es), "%s, %s, %s" % (eng, d_en, r_en),
                "anestesia", CC["quirofano"], "%.2f" % (round(n * 2) / 2))

# ---- 80: clinical laboratory -----------------------------------------------------------------
LAB = {
    "Hematología": ("Haematology", [
        "Hemograma completo|Complete blood count", "Hemoglobina|Haemoglobin", "Hematocrito|Haematocrit",
        "Recuento de plaquetas|Platelet count", "Recuento de reticulocitos|Reticulocyte count",
        "Velocidad de sedimentación globular|Erythrocyte sedimentation rate", "Grupo sanguíneo y factor Rh|Blood group and Rh factor",
        "Tiempo de protrombina|Prothrombin time", "Tiempo de tromboplastina parcial activada|Activated partial thromboplastin time",
        "Fibrinógeno|Fibrinogen", "Dímero D|D-dimer", "Frotis de sangre periférica|Peripheral blood smear",
        "Prueba de Coombs directa|Direct Coombs test", "Prueba de Coombs indirecta|Indirect Coombs test",
        "Gota gruesa|Thick blood film", "Tiempo de sangría|Bleeding time", "Tiempo de coagulación|Clotting time",
        "Electroforesis de hemoglobina|Haemoglobin electrophoresis", "Ferritina|Ferritin", "Hierro sérico|Serum iron",
        "Transferrina|Transferrin", "Vitamina B12|Vitamin B12", "Ácido fólico|Folic acid", "Antitrombina III|Antithrombin III"]),
    "Bioquímica": ("Clinical chemistry", [
        "Glucosa|Glucose", "Glucosa postprandial|Postprandial glucose", "Prueba de tolerancia oral a la glucosa|Oral glucose tolerance test",
        "Hemoglobina glicosilada (HbA1c)|Glycated haemoglobin (HbA1c)", "Urea|Urea", "Creatinina|Creatinine",
        "Ácido úrico|Uric acid", "Colesterol total|Total cholesterol", "Colesterol HDL|HDL cholesterol", "Colesterol LDL|LDL cholesterol",
        "Triglicéridos|Triglycerides", "Perfil lipídico|Lipid profile", "Transaminasa oxalacética (TGO)|Aspartate aminotransferase (AST)",
        "Transaminasa pirúvica (TGP)|Alanine aminotransferase (ALT)", "Fosfatasa alcalina|Alkaline phosphatase",
        "Gamma glutamil transferasa|Gamma-glutamyl transferase", "Bilirrubina total y fraccionada|Total and fractionated bilirubin",
        "Proteínas totales y fraccionadas|Total and fractionated proteins", "Albúmina|Albumin", "Perfil hepático|Liver function panel",
        "Amilasa|Amylase", "Lipasa|Lipase", "Deshidrogenasa láctica|Lactate dehydrogenase", "Creatinfosfoquinasa total|Total creatine kinase",
        "Creatinfosfoquinasa MB|Creatine kinase MB", "Troponina I|Troponin I", "Péptido natriurético tipo B|B-type natriuretic peptide",
        "Sodio|Sodium", "Potasio|Potassium", "Cloro|Chloride", "Electrolitos séricos|Serum electrolytes", "Calcio sérico|Serum calcium",
        "Calcio iónico|Ionised calcium", "Fósforo|Phosphorus", "Magnesio|Magnesium", "Gases arteriales|Arterial blood gases",
        "Lactato sérico|Serum lactate", "Amonio|Ammonia", "Osmolaridad sérica|Serum osmolality", "Proteína C reactiva|C-reactive protein",
        "Procalcitonina|Procalcitonin", "Homocisteína|Homocysteine", "Depuración de creatinina en orina de 24 horas|24-hour urine creatinine clearance",
        "Microalbuminuria|Microalbuminuria", "Proteinuria en orina de 24 horas|24-hour urine protein"]),
    "Inmunología": ("Immunology", [
        "Factor reumatoide|Rheumatoid factor", "Antiestreptolisina O|Antistreptolysin O", "Anticuerpos antinucleares|Antinuclear antibodies",
        "Anticuerpos anti-DNA de doble cadena|Anti-double-stranded DNA antibodies", "Complemento C3|Complement C3", "Complemento C4|Complement C4",
        "Inmunoglobulina E total|Total immunoglobulin E", "Inmunoglobulina G|Immunoglobulin G", "Inmunoglobulina A|Immunoglobulin A",
        "Inmunoglobulina M|Immunoglobulin M", "Anticuerpos anti-péptido citrulinado|Anti-citrullinated peptide antibodies",
        "VIH 1 y 2, prueba de tamizaje|HIV 1 and 2 screening test", "VIH, carga viral|HIV viral load", "Antígeno de superficie de hepatitis B|Hepatitis B surface antigen",
        "Anticuerpos contra hepatitis C|Hepatitis C antibodies", "RPR (sífilis)|RPR (syphilis)", "FTA-ABS (sífilis)|FTA-ABS (syphilis)",
        "Toxoplasma IgG|Toxoplasma IgG", "Toxoplasma IgM|Toxoplasma IgM", "Rubéola IgG|Rubella IgG", "Citomegalovirus IgG|Cytomegalovirus IgG",
        "Dengue NS1|Dengue NS1 antigen", "Dengue IgM|Dengue IgM", "Aglutinaciones (reacción de Widal)|Febrile agglutinins (Widal test)",
        "SARS-CoV-2, prueba antigénica|SARS-CoV-2 antigen test", "SARS-CoV-2, PCR en tiempo real|SARS-CoV-2 real-time PCR"]),
    "Hormonas y marcadores": ("Hormones and markers", [
        "Hormona estimulante de tiroides (TSH)|Thyroid-stimulating hormone (TSH)", "Tiroxina libre (T4 libre)|Free thyroxine (free T4)",
        "Triyodotironina (T3)|Triiodothyronine (T3)", "Anticuerpos antitiroperoxidasa|Anti-thyroid peroxidase antibodies",
        "Gonadotropina coriónica subunidad beta cuantitativa|Quantitative beta human chorionic gonadotropin",
        "Prolactina|Prolactin", "Hormona folículo estimulante|Follicle-stimulating hormone", "Hormona luteinizante|Luteinising hormone",
        "Estradiol|Oestradiol", "Progesterona|Progesterone", "Testosterona total|Total testosterone", "Cortisol sérico|Serum cortisol",
        "Insulina basal|Fasting insulin", "Paratohormona|Parathyroid hormone", "Vitamina D (25-hidroxi)|Vitamin D (25-hydroxy)",
        "Antígeno prostático específico total|Total prostate-specific antigen", "Antígeno prostático específico libre|Free prostate-specific antigen",
        "Antígeno carcinoembrionario|Carcinoembryonic antigen", "Alfafetoproteína|Alpha-fetoprotein", "CA 125|CA 125", "CA 19-9|CA 19-9", "CA 15-3|CA 15-3"]),
    "Microbiología": ("Microbiology", [
        "Urocultivo con antibiograma|Urine culture with susceptibility testing", "Hemocultivo con antibiograma|Blood culture with susceptibility testing",
        "Coprocultivo|Stool culture", "Cultivo de secreción con antibiograma|Wound secretion culture with susceptibility testing",
        "Cultivo de esputo|Sputum culture", "Baciloscopía (BK) en esputo|Sputum smear for acid-fast bacilli", "Cultivo de micobacterias|Mycobacterial culture",
        "Tinción de Gram|Gram stain", "Examen directo para hongos (KOH)|Direct fungal examination (KOH)", "Cultivo de hongos|Fungal culture",
        "Cultivo de líquido cefalorraquídeo|Cerebrospinal fluid culture", "Cultivo de secreción vaginal|Vaginal discharge culture",
        "Antígeno de Helicobacter pylori en heces|Helicobacter pylori stool antigen", "Toxina de Clostridioides difficile|Clostridioides difficile toxin",
        "Panel molecular respiratorio|Respiratory molecular panel"]),
    "Uroanálisis y heces": ("Urinalysis and stool", [
        "Examen completo de orina|Complete urinalysis", "Sedimento urinario|Urine sediment", "Examen parasitológico seriado de heces|Serial stool parasitology",
        "Examen parasitológico simple de heces|Stool parasitology", "Reacción inflamatoria en heces|Faecal leukocytes",
        "Sangre oculta en heces|Faecal occult blood", "Test de Graham|Graham tape test", "Thevenon en heces|Thevenon faecal test",
        "Azúcares reductores en heces|Faecal reducing sugars", "Prueba de embarazo en orina|Urine pregnancy test",
        "Citoquímico de líquido cefalorraquídeo|Cerebrospinal fluid cytochemistry", "Citoquímico de líquido pleural|Pleural fluid cytochemistry",
        "Citoquímico de líquido ascítico|Ascitic fluid cytochemistry", "Citoquímico de líquido sinovial|Synovial fluid cytochemistry",
        "Espermatograma|Semen analysis"]),
}
MUESTRA = [("", "", 1.0), (", urgente", ", urgent", 1.3)]
for g, (esp_area, (eng_area, pruebas)) in enumerate(LAB.items(), start=1):
    i = 0
    for p in pruebas:
        es, en = p.split("|")
        base = float(unidades(0.5, 4.0, 0.25))
        for m_es, m_en, fm in MUESTRA:
            i += 1
            add("80.%02d.%02d" % (g, i), "%s%s" % (es, m_es), "%s%s" % (en, m_en), "laboratorio", CC["laboratorio"],
                "%.2f" % (round(base * fm * 4) / 4))

# ---- 85: pathology ---------------------------------------------------------------------------
PATOLOGIA = [("Estudio histopatológico de biopsia pequeña de {s}", "Histopathology of small biopsy, {s}", 3),
             ("Estudio histopatológico de pieza quirúrgica de {s}", "Histopathology of surgical specimen, {s}", 6),
             ("Estudio por congelación intraoperatoria de {s}", "Intraoperative frozen section, {s}", 8),
             ("Inmunohistoquímica, por marcador, de {s}", "Immunohistochemistry, per marker, {s}", 5),
             ("Citología por aspiración con aguja fina de {s}", "Fine-needle aspiration cytology, {s}", 4)]
ORGANOS = [("piel", "skin"), ("mama", "breast"), ("tiroides", "thyroid"), ("ganglio linfático", "lymph node"), ("estómago", "stomach"),
           ("colon", "colon"), ("hígado", "liver"), ("próstata", "prostate"), ("útero", "uterus"), ("cuello uterino", "cervix"),
           ("ovario", "ovary"), ("pulmón", "lung"), ("riñón", "kidney"), ("vejiga", "bladder"), ("hueso", "bone"),
           ("partes blandas", "soft tissue"), ("vesícula biliar", "gallbladder"), ("apéndice cecal", "appendix"),
           ("placenta", "placenta"), ("médula ósea", "bone marrow")]
for g, (es_t, en_t, u) in enumerate(PATOLOGIA, start=1):
    for i, (o_es, o_en) in enumerate(ORGANOS, start=1):
        add("85.%02d.%02d" % (g, i), es_t.format(s=o_es), en_t.format(s=o_en), "patologia", CC["laboratorio"],
            "%.2f" % (u * (1.0 + 0.25 * RNG.randint(0, 3))))
for i, (es, en, u) in enumerate([("Papanicolaou, lectura citológica", "Papanicolaou smear, cytology reading", 1.5),
                                 ("Citología en base líquida", "Liquid-based cytology", 3),
                                 ("Citología de líquidos corporales", "Body fluid cytology", 3),
                                 ("Necropsia completa", "Complete autopsy", 40)], start=1):
    add("85.90.%02d" % i, es, en, "patologia", CC["laboratorio"], "%.2f" % u)

# ---- 90: diagnostic imaging --------------------------------------------------------------------
REGIONES = [("cráneo", "skull"), ("senos paranasales", "paranasal sinuses"), ("cuello", "neck"), ("columna cervical", "cervical spine"),
            ("columna dorsal", "thoracic spine"), ("columna lumbosacra", "lumbosacral spine"), ("tórax", "chest"),
            ("abdomen", "abdomen"), ("pelvis", "pelvis"), ("hombro", "shoulder"), ("codo", "elbow"), ("muñeca", "wrist"),
            ("mano", "hand"), ("cadera", "hip"), ("rodilla", "knee"), ("tobillo", "ankle"), ("pie", "foot"),
            ("fémur", "femur"), ("pierna", "leg"), ("antebrazo", "forearm"), ("brazo", "arm"), ("clavícula", "clavicle")]
MODALIDADES = [
    ("Radiografía de {r}, una incidencia", "X-ray of {r}, one view", 1.0, 1.5),
    ("Radiografía de {r}, dos incidencias", "X-ray of {r}, two views", 1.5, 2.0),
    ("Tomografía computarizada de {r}, sin contraste", "Computed tomography of {r}, without contrast", 8, 12),
    ("Tomografía computarizada de {r}, con contraste", "Computed tomography of {r}, with contrast", 11, 16),
    ("Resonancia magnética de {r}, sin contraste", "Magnetic resonance imaging of {r}, without contrast", 16, 22),
    ("Resonancia magnética de {r}, con gadolinio", "Magnetic resonance imaging of {r}, with gadolinium", 20, 28),
    ("Ecografía de {r}", "Ultrasound of {r}", 3, 5),
    ("Ecografía Doppler de {r}", "Doppler ultrasound of {r}", 5, 7),
    ("Angiotomografía de {r}", "CT angiography of {r}", 14, 20),
]
# Limb regions (from the shoulder on) are imaged per side.
REGIONES = REGIONES[:9] + [("%s, lado %s" % (r_es, l_es), "%s, %s side" % (r_en, l_en))
                           for r_es, r_en in REGIONES[9:] for l_es, l_en in LADO[:2]]
for g, (es_t, en_t, lo, hi) in enumerate(MODALIDADES, start=1):
    for i, (r_es, r_en) in enumerate(REGIONES, start=1):
        add("90.%02d.%02d" % (g, i), es_t.format(r=r_es), en_t.format(r=r_en), "imagen", CC["imagen"], unidades(lo, hi))
ESPECIALES = [("Mamografía bilateral", "Bilateral mammography", 4), ("Ecografía mamaria bilateral", "Bilateral breast ultrasound", 4),
              ("Ecografía obstétrica", "Obstetric ultrasound", 3.5), ("Ecografía obstétrica morfológica", "Detailed fetal anatomy ultrasound", 6),
              ("Ecografía transvaginal", "Transvaginal ultrasound", 3.5), ("Ecografía abdominal completa", "Complete abdominal ultrasound", 4.5),
              ("Ecografía renal y de vías urinarias", "Renal and urinary tract ultrasound", 4), ("Ecografía prostática transrectal", "Transrectal prostate ultrasound", 5),
              ("Ecografía tiroidea", "Thyroid ultrasound", 3.5), ("Ecografía testicular", "Testicular ultrasound", 3.5),
              ("Densitometría ósea de columna y cadera", "Bone densitometry of spine and hip", 5), ("Urografía excretora", "Intravenous urography", 8),
              ("Esofagograma con bario", "Barium swallow", 5), ("Colon por enema", "Barium enema", 7), ("Histerosalpingografía", "Hysterosalpingography", 7),
              ("Cistouretrografía miccional", "Voiding cystourethrography", 7), ("Tomografía por emisión de positrones (PET-CT)", "Positron emission tomography (PET-CT)", 60),
              ("Gammagrafía ósea", "Bone scintigraphy", 14), ("Gammagrafía tiroidea", "Thyroid scintigraphy", 10), ("Perfusión miocárdica con radioisótopos", "Myocardial perfusion scintigraphy", 25)]
for i, (es, en, u) in enumerate(ESPECIALES, start=1):
    add("90.90.%02d" % i, es, en, "imagen", CC["imagen"], "%.2f" % u)

# ---- 93: physical medicine and rehabilitation --------------------------------------------------
TERAPIAS = [("Terapia física", "Physical therapy"), ("Terapia ocupacional", "Occupational therapy"), ("Terapia de lenguaje", "Speech therapy"),
            ("Rehabilitación cardíaca", "Cardiac rehabilitation"), ("Rehabilitación pulmonar", "Pulmonary rehabilitation"),
            ("Rehabilitación de suelo pélvico", "Pelvic floor rehabilitation"), ("Hidroterapia", "Hydrotherapy"),
            ("Electroterapia", "Electrotherapy"), ("Magnetoterapia", "Magnetic therapy"), ("Ultrasonido terapéutico", "Therapeutic ultrasound"),
            ("Láser terapéutico", "Therapeutic laser"), ("Tracción cervical o lumbar", "Cervical or lumbar traction"),
            ("Terapia manual", "Manual therapy"), ("Estimulación temprana", "Early stimulation")]
MODOS = [("sesión individual", "individual session", 1.0), ("sesión grupal", "group session", 0.6), ("paquete de 10 sesiones", "package of 10 sessions", 9.0)]
for g, (es, en) in enumerate(TERAPIAS, start=1):
    base = float(unidades(0.5, 1.5, 0.25))
    for i, (m_es, m_en, f) in enumerate(MODOS, start=1):
        add("93.%02d.%02d" % (g, i), "%s, %s" % (es, m_es), "%s, %s" % (en, m_en), "rehabilitacion", CC["consulta"],
            "%.2f" % (round(base * f * 4) / 4), SUSALUD["AMB"])

# ---- 95: dentistry ------------------------------------------------------------------------------
PIEZAS = [("incisivo central superior", "upper central incisor"), ("incisivo lateral superior", "upper lateral incisor"),
          ("canino superior", "upper canine"), ("primer premolar superior", "upper first premolar"), ("segundo premolar superior", "upper second premolar"),
          ("primer molar superior", "upper first molar"), ("segundo molar superior", "upper second molar"), ("tercer molar superior", "upper third molar"),
          ("incisivo inferior", "lower incisor"), ("canino inferior", "lower canine"), ("premolar inferior", "lower premolar"),
          ("primer molar inferior", "lower first molar"), ("segundo molar inferior", "lower second molar"), ("tercer molar inferior", "lower third molar")]
ODONTO = [("Exodoncia simple de {p}", "Simple extraction, {p}", 2), ("Exodoncia quirúrgica de {p}", "Surgical extraction, {p}", 5),
          ("Restauración con resina de {p}", "Composite restoration, {p}", 2), ("Endodoncia de {p}", "Root canal treatment, {p}", 6),
          ("Corona de metal cerámica en {p}", "Porcelain-fused-to-metal crown, {p}", 12), ("Sellante de fosas y fisuras en {p}", "Pit and fissure sealant, {p}", 0.75)]
for g, (es_t, en_t, u) in enumerate(ODONTO, start=1):
    for i, (p_es, p_en) in enumerate(PIEZAS, start=1):
        f = 1.25 if "molar" in p_es else 1.0
        add("95.%02d.%02d" % (g, i), es_t.format(p=p_es), en_t.format(p=p_en), "odontologia", CC["consulta"],
            "%.2f" % (round(u * f * 4) / 4), SUSALUD["ODO"])
for i, (es, en, u) in enumerate([("Profilaxis dental", "Dental prophylaxis", 1.5), ("Destartraje y pulido", "Scaling and polishing", 2),
                                 ("Aplicación de flúor", "Fluoride application", 0.75), ("Radiografía periapical", "Periapical radiograph", 0.5),
                                 ("Radiografía panorámica dental", "Panoramic dental radiograph", 1.5), ("Consulta odontológica", "Dental consultation", 1)], start=1):
    add("95.90.%02d" % i, es, en, "odontologia", CC["consulta"], "%.2f" % u, SUSALUD["ODO"])

# ---- 99: hospital stay --------------------------------------------------------------------------
ESTANCIAS = [("Habitación individual", "Single room", 4), ("Habitación doble", "Double room", 3), ("Habitación triple", "Triple room", 2.5),
             ("Suite", "Suite", 6), ("Unidad de cuidados intensivos", "Intensive care unit", 14), ("Unidad de cuidados intermedios", "Intermediate care unit", 9),
             ("Unidad de cuidados intensivos neonatales", "Neonatal intensive care unit", 15), ("Cuna de neonatología", "Neonatal cot", 2),
             ("Incubadora", "Incubator", 4), ("Observación en emergencia", "Emergency observation", 2), ("Sala de recuperación postanestésica", "Post-anaesthesia recovery room", 2.5),
             ("Hospital de día", "Day hospital", 2.5), ("Aislamiento", "Isolation room", 5), ("Sala de partos", "Delivery room", 4), ("Unidad de quemados", "Burns unit", 12)]
PERIODOS = [("por día", "per day", 1.0), ("por 12 horas", "per 12 hours", 0.55), ("por hora adicional", "per additional hour", 0.08)]
for g, (es, en, u) in enumerate(ESTANCIAS, start=1):
    for i, (p_es, p_en, f) in enumerate(PERIODOS, start=1):
        add("99.%02d.%02d" % (g, i), "%s, %s" % (es, p_es), "%s, %s" % (en, p_en), "hospitalizacion", CC["hospitalizacion"],
            "%.2f" % max(0.25, round(u * f * 4) / 4), SUSALUD["HOS"])

rows.sort(key=lambda r: r[0])
codigos = [r[0] for r in rows]
assert len(codigos) == len(set(codigos)), "duplicate codes"
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["c_codigo", "t_descripcion_esp", "t_descripcion_eng", "id_clasificacion_segus", "id_clasificacion_susalud",
                "id_centro_costo", "id_tipo_precio", "n_unidad", "n_ayudante", "n_instrumentista"])
    w.writerows(rows)
print("%s: %d lines" % (os.path.relpath(OUT), len(rows)))
