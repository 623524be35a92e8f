"""Descriptive Traffy tickets about careless or false work and staff conduct (``misconduct``), and tickets that are
not a matter for the desk (``other``), in the same connective register as :mod:`real_descriptive_service`.

Written after reading real Bangkok tickets (never copied).

``misconduct`` (LABELS.md rule 4 and the table): a job reported done when it was not, or done so carelessly that
it fails again within a day and the ticket is closed anyway (ทำแบบขอไปที), a reply that says nothing was found
while the problem is in plain sight, staff pressing the reporter to confirm a fix that never happened, a post left
empty during a flood, staff drunk, rude or harassing on duty. Each frame names the unit or the crew, never a person,
and says what happened; none hints at money (rule 2) or at tolerating a violation (that would be rule 1's
``abuse_of_power``; rule 5 puts omission over rudeness, so the rude frames here allege no omission).

``other``: enquiries and suggestions to the city, thanks, private disputes and private-company scams, lawful
operations the writer dislikes; credible when someone can answer or act, frivolous when nothing can be done.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_descriptive_service import AT, ON, POLITE, ROAD, SOI
from training.corpus.frames.real_service_terse import QPOLITE

_CITY = ("web_form", "line_chat")
CLOSED = (
    "[แต่ในระบบขึ้นสถานะว่าเสร็จสิ้นแล้ว|แต่เรื่องถูกปิดว่าดำเนินการเรียบร้อย|แต่ทางเขตปิดเรื่องว่าแก้ไขแล้ว"
    "|แต่ได้รับแจ้งว่าดำเนินการแล้วเสร็จ]"
)

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ misconduct: careless or false completion
    Frame(
        id="misconduct.credible.real_mc_half_pothole_closed",
        category="misconduct",
        credibility="credible",
        voice="driver: the crew patched half the pothole and the ticket was closed with a photo of the patched half",
        channels=_CITY,
        setting="city",
        text=(
            "[หลุมบนถนน|หลุมใหญ่กลางเลน|ถนนที่ทรุดเป็นแอ่ง]" + AT + " " + ON + " ที่แจ้งไว้ "
            "[เจ้าหน้าที่มาปะยางมะตอยแค่ครึ่งหลุม|มาเทยางแค่ขอบหลุม อีกครึ่งยังเป็นหลุมเหมือนเดิม"
            "|มาโรยหินแล้วก็กลับไปโดยไม่ได้ปะผิว] "
            + CLOSED
            + "[ และรูปที่แนบถ่ายเฉพาะฝั่งที่ปะแล้ว| รูปปิดงานถ่ายมุมที่ไม่เห็นหลุม|] "
            "[ทำแบบขอไปที|ตอนนี้รถก็ยังตกหลุมเหมือนเดิม]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_sludge_left_on_footpath",
        category="misconduct",
        credibility="credible",
        voice="shop owner: the drain crew left the sludge piled on the footpath and closed the job",
        channels=_CITY,
        setting="city",
        text=(
            "[ทีมลอกท่อของเขตเข้ามาลอกท่อ|เจ้าหน้าที่มาดูดเลนในท่อระบายน้ำ|ทีมงานมาขุดลอกรางระบายน้ำ]" + AT + " " + ON + " "
            "[แล้วตักเลนขึ้นมากองไว้บนทางเท้า|แล้วทิ้งถุงเลนวางเรียงไว้หน้าร้าน] "
            "[ผ่านมาหนึ่งสัปดาห์ยังไม่มีใครมาเก็บ|ตอนนี้ฝนตกเลนไหลกลับลงท่อเหมือนเดิม] "
            "[ส่งกลิ่นเหม็นมาก|คนเดินต้องเดินลงถนน] " + CLOSED + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_bulb_only_dark_next_night",
        category="misconduct",
        credibility="credible",
        voice="resident: the crew changed only the bulb, the light died the next night, the ticket was closed",
        channels=_CITY,
        setting="city",
        text=(
            "ไฟส่องสว่าง" + AT + " " + ON + " "
            "[ช่างมาเปลี่ยนหลอดให้แล้ว แต่ดับอีกตั้งแต่คืนถัดมา|มาซ่อมเมื่อวานสว่างได้คืนเดียวก็ดับเหมือนเดิม] "
            "[เพราะสายไฟที่ขาดในเสาไม่ได้ซ่อม เปลี่ยนแค่หลอด|เพราะทำไม่ครบ ไม่ได้ตรวจสายไฟ] "
            + CLOSED
            + " [ทำงานแบบขอไปที|ทั้งที่ซ่อมไม่เสร็จ] [รบกวนส่งช่างมาซ่อมให้ครบ|อยากให้ตรวจสอบงานซ่อมครั้งนี้]"
            + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_wrong_size_cover",
        category="misconduct",
        credibility="credible",
        voice="pedestrian: a manhole cover replaced with one too small fell in the next day; the ticket closed",
        channels=_CITY,
        setting="city",
        text=(
            "ฝาท่อ" + AT + " " + ON + " [ที่แจ้งว่าแตก|ที่แจ้งว่าหาย] "
            "[เจ้าหน้าที่เอาฝาขนาดเล็กกว่าบ่อมาวางไว้|มาวางแผ่นไม้ปิดไว้แทนฝาท่อ] "
            "[วันรุ่งขึ้นฝาก็ตกลงไปในบ่อ|รถวิ่งผ่านไม่กี่ชั่วโมงก็หัก] "
            "[ตอนนี้เป็นหลุมเปิดอยู่กลางทางเท้า|อันตรายกว่าเดิม] " + CLOSED + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_replied_nothing_found",
        category="misconduct",
        credibility="credible",
        voice="resident: the reply says the officer checked and found nothing; the fallen tree is still across the soi",
        channels=_CITY,
        setting="city",
        text=(
            "[แจ้งเรื่องต้นไม้ล้มขวางทาง|แจ้งเรื่องสายไฟขาดห้อยลงมาถึงพื้น|แจ้งเรื่องกองขยะใหญ่]"
            + AT
            + " "
            + ON
            + " [ได้รับคำตอบว่าเจ้าหน้าที่ลงพื้นที่แล้วไม่พบปัญหา|เขตตอบกลับว่าตรวจสอบแล้วไม่พบตามที่แจ้ง] "
            "[ทั้งที่ยังอยู่ตรงเดิม ใครเดินผ่านก็เห็น|ทั้งที่วันนี้ก็ยังเป็นอยู่ ถ่ายรูปใหม่แนบมาให้แล้ว] "
            "[เหมือนไม่ได้มาดูจริง|ไม่น่าจะมีใครมาจริง]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_operator_pressed_to_confirm",
        category="misconduct",
        credibility="credible",
        voice="call-centre operator: the caller says district staff phoned asking him to confirm a fix that was not done",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า[เรื่องท่อระบายน้ำอุดตัน|เรื่องทางเท้าทรุด|เรื่องไฟทางดับ]" + AT + " " + SOI + " เขต{khet} "
            "[มีเจ้าหน้าที่โทรมาขอให้ผู้ร้องกดยืนยันว่าแก้ไขแล้ว|เจ้าหน้าที่โทรมาขอให้ผู้ร้องให้คะแนนว่าพอใจ] "
            "[ทั้งที่ยังไม่มีใครเข้ามาดำเนินการ|ทั้งที่ปัญหายังอยู่เหมือนเดิม] "
            "[เมื่อผู้ร้องไม่ยอม เจ้าหน้าที่ก็ปิดเรื่องไปเอง|ต่อมาเรื่องถูกปิดว่าเสร็จสิ้น] "
            "ผู้ร้องขอให้ตรวจสอบการปิดเรื่องดังกล่าว"
        ),
    ),
    # ------------------------------------------------------------------ misconduct: absence and conduct on duty
    Frame(
        id="misconduct.credible.real_mc_pump_station_unmanned",
        category="misconduct",
        credibility="credible",
        voice="resident: during a heavy storm nobody was on duty at the district pump station",
        channels=_CITY,
        setting="city",
        text=(
            "[เมื่อคืนฝนตกหนัก|ช่วงฝนตกหนักเมื่อวานเย็น]"
            "[น้ำท่วมขังเต็มซอย|น้ำเริ่มเข้าบ้าน]" + "[ใน" + SOI + "| " + ON + "] "
            "[เดินไปที่สถานีสูบน้ำริมคลอง|ไปที่จุดสูบน้ำปากซอย] "
            "[ไม่มีเจ้าหน้าที่ประจำอยู่เลย เครื่องสูบน้ำไม่ได้เปิด|ประตูล็อกอยู่ ไม่มีใครอยู่เวร] "
            "[โทรเบอร์ที่ติดไว้หน้าสถานีก็ไม่มีคนรับ|รอจนเกือบสองชั่วโมงถึงมีคนมาเปิดเครื่อง] "
            "[ทั้งที่เป็นช่วงที่ต้องมีเวรประจำ|]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_officer_shouted_at_reporter",
        category="misconduct",
        credibility="credible",
        voice="resident: the officer who came to inspect shouted at her for reporting too often",
        channels=_CITY,
        setting="city",
        text=(
            "[เจ้าหน้าที่ที่ลงมาตรวจเรื่องน้ำท่วมขัง|เจ้าหน้าที่เขตที่มาดูเรื่องทางเท้าชำรุด|เจ้าหน้าที่ที่มาดูเรื่องขยะ]"
            + AT
            + " "
            + ON
            + " [ตะคอกใส่ผู้แจ้งต่อหน้าเพื่อนบ้าน|พูดจาไม่สุภาพกับผู้แจ้ง] "
            "[บอกว่าแจ้งบ่อยทำให้งานเยอะ|ว่าผู้แจ้งว่างมากหรือไง ถึงแจ้งทุกเรื่อง] "
            "[ผู้แจ้งแค่ถามว่าจะซ่อมเมื่อไหร่|ไม่ได้พูดอะไรที่ไม่ดีกับเจ้าหน้าที่] "
            "[อยากให้ตักเตือนเรื่องการพูดจากับประชาชน|ไม่ควรปฏิบัติกับประชาชนแบบนี้]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_collectors_drinking_on_round",
        category="misconduct",
        credibility="credible",
        voice="resident: the garbage crew drink on the truck during the round and throw bags onto the road",
        channels=_CITY,
        setting="city",
        text=(
            "[พนักงานเก็บขยะที่เข้ามาเก็บ|ทีมรถเก็บขยะของเขต{khet}ที่เข้ามาเก็บ]" + "[ใน" + SOI + "| " + ON + "]"
            " [ดื่มเบียร์กันบนรถระหว่างเก็บขยะ|มีกลิ่นเหล้าและเดินเซ] [ช่วงเวลาประมาณหกโมงเช้า|ช่วงบ่ายวันเสาร์] "
            "[โยนถุงขยะจนแตกกระจายบนถนน|เก็บไม่หมดแล้วขับรถออกไป] "
            "[เห็นแบบนี้หลายครั้งแล้ว|วันนี้ถ่ายคลิปไว้ได้] "
            "[อยากให้ผู้บังคับบัญชาตรวจสอบทีมนี้|ไม่ควรดื่มสุราระหว่างทำงาน]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_clinic_closed_early",
        category="misconduct",
        credibility="credible",
        voice="patient: the district health centre's counter is empty hours before the posted closing time",
        channels=_CITY,
        setting="city",
        text=(
            "ศูนย์บริการสาธารณสุข[ใน" + SOI + "| เขต{khet}] "
            "[ป้ายหน้าศูนย์เขียนว่าเปิดถึงสี่โมงเย็น|เวลาทำการเขียนไว้ถึงสี่โมงครึ่ง] "
            "[แต่ไปถึงตอนบ่ายสองโมงไม่มีเจ้าหน้าที่อยู่เลย|แต่บ่ายสามโมงปิดไฟล็อกประตูแล้ว] "
            "[ไปมาสามครั้งแล้วเป็นแบบเดิม|ผู้สูงอายุที่มารับยาต้องกลับบ้านไปมือเปล่า] "
            "[อยากให้ตรวจสอบเวลาปฏิบัติงานของเจ้าหน้าที่|ขอให้ผู้บริหารตรวจสอบเวลาเข้างาน]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_mc_counter_harassment_female",
        category="misconduct",
        credibility="credible",
        voice="young woman harassed by a male clerk at the district registration counter",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ดิฉันไปติดต่อ|หนูไปติดต่อ|ไปติดต่อ]"
            "[ทำบัตรประชาชนที่สำนักงานเขต{khet}|ย้ายทะเบียนบ้านที่ฝ่ายทะเบียนเขต{khet}] "
            "[เจ้าหน้าที่ผู้ชายที่เคาน์เตอร์ช่องที่ [2|3|4]|เจ้าหน้าที่ชายที่รับเรื่อง] "
            "[พูดแซวเรื่องรูปร่างและขอเบอร์ส่วนตัว|ถามเรื่องส่วนตัวและขอไลน์ ทั้งที่บอกแล้วว่าไม่สะดวก] "
            "[หลังจากนั้นยังใช้เบอร์จากเอกสารโทรมาอีก|รู้สึกไม่ปลอดภัยมาก] "
            "[อยากให้ตรวจสอบพฤติกรรมเจ้าหน้าที่คนนี้ค่ะ|ไม่อยากให้เกิดกับคนอื่นอีกค่ะ]"
        ),
    ),
    # ------------------------------------------------------------------ other: enquiries, suggestions, thanks
    Frame(
        id="other.credible.real_oth_bulky_furniture_disposal",
        category="other",
        credibility="credible",
        voice="resident asking how to dispose of an old sofa and mattress",
        channels=_CITY,
        setting="city",
        text=(
            "[สอบถามการทิ้งขยะชิ้นใหญ่|อยากทราบวิธีทิ้งเฟอร์นิเจอร์เก่า|ขอสอบถามเรื่องการทิ้งที่นอนและโซฟาเก่า] "
            "[บ้านอยู่" + SOI + " เขต{khet}|อยู่ในเขต{khet}] "
            "[ต้องนัดเขตให้มารับหรือนำไปวางที่จุดไหน|มีค่าใช้จ่ายหรือไม่ และต้องแจ้งล่วงหน้ากี่วัน"
            "|รถเก็บขยะปกติรับขยะชิ้นใหญ่หรือไม่]" + QPOLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_trim_public_tree_permission",
        category="other",
        credibility="credible",
        voice="householder asking whether he may trim the public tree in front of his house himself",
        channels=_CITY,
        setting="city",
        text=(
            "[ต้นไม้ริมทางเท้าหน้าบ้าน|ต้นไม้สาธารณะหน้าบ้าน]" + "[ใน" + SOI + "| " + ON + "] "
            "[กิ่งยื่นเข้ามาในรั้วบ้านและใบร่วงลงหลังคา|รากดันรั้วบ้านเริ่มร้าว] "
            "[อยากทราบว่าเจ้าของบ้านตัดแต่งกิ่งเองได้หรือไม่ หรือต้องขออนุญาตเขตก่อน"
            "|ถ้าจะจ้างช่างมาตัดกิ่งเองต้องยื่นเรื่องที่ไหน]" + QPOLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_suggest_bike_parking_station",
        category="other",
        credibility="credible",
        voice="cyclist suggesting bike racks and benches near a station",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากเสนอให้|เสนอแนะให้|อยากให้พิจารณา]"
            "[มีที่จอดจักรยาน|ติดตั้งที่จอดจักรยานและม้านั่ง|ทำทางเดินมีหลังคา]"
            "[บริเวณทางออกสถานีรถไฟฟ้า|ตรงลานหน้าตลาด|ริมทางเดินเลียบคลอง]" + " " + ROAD + " "
            "[เพราะตอนนี้คนที่ปั่นจักรยานมาต้องล็อกรถไว้กับรั้ว|คนในชุมชนปั่นจักรยานมาต่อรถไฟฟ้าเยอะ"
            "|ช่วงเย็นมีคนมาเดินออกกำลังกายเป็นจำนวนมาก] "
            "[จะช่วยให้ทางเท้าเป็นระเบียบขึ้น|น่าจะช่วยให้คนใช้รถน้อยลง|]" + POLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_thanks_crew_fast_fix",
        category="other",
        credibility="credible",
        voice="resident thanking the district crew for fixing a dark stretch the same week",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอบคุณทีมงานของเขต{khet}|ขอบคุณเจ้าหน้าที่เขต{khet}|ขอบคุณทีมงานที่เข้ามาแก้ไข]"
            " [ที่มาเปลี่ยนไฟส่องสว่าง|ที่มาซ่อมฝาท่อ|ที่มาลอกท่อระบายน้ำ]" + AT + " " + ON + " "
            "[ภายในไม่กี่วันหลังแจ้ง|เร็วกว่าที่คิดมาก] "
            "[ทำงานเรียบร้อยมาก|คนในซอยฝากขอบคุณมาด้วย|ตอนนี้เดินผ่านได้ปลอดภัยขึ้นมาก]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ other: private disputes, scams, lawful ops
    Frame(
        id="other.credible.real_oth_neighbour_gutter_into_yard",
        category="other",
        credibility="credible",
        voice="householder whose neighbour's roof gutter drains into her yard; a private dispute",
        channels=_CITY,
        setting="city",
        text=(
            "[บ้านข้างเคียง|บ้านติดกัน|เพื่อนบ้านหลังติดกัน]" + "[ใน" + SOI + "| " + ON + "]"
            " [ต่อรางน้ำฝนให้ไหลลงมาในที่ดินของเรา|ต่อเติมหลังคาจนน้ำฝนตกใส่บ้านเรา] "
            "[เวลาฝนตกน้ำท่วมหลังบ้านและผนังเริ่มชื้น|เวลาฝนตกน้ำไหลลงมาเป็นทางจนดินหลังบ้านทรุด] "
            "[คุยกับเจ้าของบ้านแล้วแต่ไม่ยอมแก้|พูดกันดีๆ แล้วไม่ได้ผล] "
            "[อยากทราบว่าควรไปติดต่อหน่วยงานไหน หรือต้องไกล่เกลี่ยที่เขต|มีช่องทางไกล่เกลี่ยหรือไม่]" + QPOLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_fake_utility_sms",
        category="other",
        credibility="credible",
        voice="resident reporting a scam SMS that pretends to be the electricity authority",
        channels=_CITY,
        setting="city",
        text=(
            "[ได้รับข้อความ SMS อ้างว่าเป็นการไฟฟ้า|มีข้อความอ้างเป็นการประปาส่งมา|มีไลน์แปลกอ้างว่าเป็นเจ้าหน้าที่การไฟฟ้า]"
            " [แจ้งว่าค่าไฟค้างชำระและจะตัดไฟภายในวันนี้|ให้กดลิงก์เพื่อรับเงินคืนค่าประกันมิเตอร์] "
            "[ลิงก์ไม่ใช่เว็บของหน่วยงาน|คนในซอยได้รับข้อความเดียวกันหลายคน] "
            "[ผู้สูงอายุในบ้านเกือบกดไปแล้ว|ยังไม่ได้กดลิงก์] "
            "[อยากให้ประชาสัมพันธ์เตือนประชาชน|แจ้งไว้เพื่อให้หน่วยงานทราบ]" + POLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_bollards_block_unloading",
        category="other",
        credibility="credible",
        voice="shopkeeper who dislikes the new footpath bollards because his deliveries can no longer pull up",
        channels=_CITY,
        setting="city",
        text=(
            "[เขตติดตั้งเสาหลักกันรถบนทางเท้า|มีการติดตั้งแผงกั้นกันรถขึ้นทางเท้า]" + AT + " " + ROAD + " "
            "[ทำให้รถส่งของของร้านจอดส่งของหน้าร้านไม่ได้|ทำให้ลูกค้าที่ขับรถมาจอดหน้าร้านไม่ได้เหมือนเดิม] "
            "[ต้องขนของไกลขึ้นมาก|ยอดขายลดลง] "
            "[เข้าใจว่าทำเพื่อคนเดินเท้า แต่อยากให้เว้นช่องให้รถส่งของ|อยากสอบถามว่าขอเว้นช่องสำหรับขนของได้หรือไม่]" + POLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_village_juristic_clamp",
        category="other",
        credibility="credible",
        voice="resident of a private housing estate whose car was clamped by the estate's juristic person",
        channels=_CITY,
        setting="city",
        text=(
            "[นิติบุคคลหมู่บ้าน|รปภ.ของหมู่บ้านจัดสรร|นิติบุคคลคอนโด]" + "[ใน" + SOI + "| " + ON + "]"
            " [ล็อกล้อรถที่จอดหน้าบ้านตัวเอง|เรียกค่าปรับการจอดรถ [500|1,000] บาท|ห้ามรถส่งของเข้าหมู่บ้าน] "
            "[ทั้งที่ไม่มีป้ายห้ามจอด|โดยอ้างว่าเป็นระเบียบใหม่ที่ไม่เคยประกาศ] "
            "[อยากทราบว่านิติบุคคลทำแบบนี้ได้หรือไม่|ควรไปร้องเรียนที่หน่วยงานไหน]" + QPOLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_walkway_closed_for_works",
        category="other",
        credibility="credible",
        voice="resident who dislikes a posted, months-long closure of the canal walkway for upgrading",
        channels=_CITY,
        setting="city",
        text=(
            "[เขตปิดทางเดินริมคลอง|มีการปิดทางเดินเลียบคลอง|ทางเดินริมคลองถูกปิด]"
            + "[หลัง"
            + SOI
            + "| ช่วงเขต{khet}]"
            + " [เพื่อปรับปรุงตามป้ายประกาศ|เพื่อก่อสร้างเขื่อนตามที่ติดประกาศไว้] [เป็นเวลา [3|4|6] เดือน|จนถึงสิ้นปี] "
            "[ทำให้ต้องเดินอ้อมไปทางถนนใหญ่ไกลกว่าเดิมมาก|ทำให้คนในชุมชนเดินไปตลาดลำบาก] "
            "[อยากทราบว่ามีทางเดินชั่วคราวให้ใช้หรือไม่|อยากให้เปิดบางช่วงให้เดินได้ก่อน|ไม่เห็นด้วยที่ปิดนานขนาดนี้]" + POLITE
        ),
    ),
    Frame(
        id="other.credible.real_oth_garbage_fee_increase",
        category="other",
        credibility="credible",
        voice="shop owner unhappy with the new, announced garbage-collection fee",
        channels=_CITY,
        setting="city",
        text=(
            "[ค่าธรรมเนียมเก็บขยะ|ค่าเก็บขนขยะ]ของร้านค้า[ใน" + SOI + "| เขต{khet}]"
            " [ขึ้นตามประกาศใหม่ของ กทม.|ปรับขึ้นตามระเบียบใหม่] "
            "[จากเดิมเดือนละ 20 บาทขึ้นไปหลายเท่า|แพงขึ้นหลายเท่าตัว] "
            "[ร้านเล็กๆ รับภาระไม่ไหว|ขยะของร้านก็มีไม่มาก] "
            "[อยากทราบวิธีคิดค่าธรรมเนียม|อยากให้พิจารณาอัตราสำหรับร้านเล็ก|ขอทราบว่าต้องยื่นเรื่องขอลดที่ไหน]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ other: frivolous
    Frame(
        id="other.frivolous.real_oth_want_new_mall",
        category="other",
        credibility="frivolous",
        voice="writer wishing for a shopping mall near home",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้มีห้างใหญ่แถวบ้าน|อยากให้มีร้านกาแฟดังๆ มาเปิดในซอย|อยากให้มีสวนสนุกใกล้บ้าน] "
            "[เพราะต้องเดินทางไปไกลมาก|จะได้ไม่ต้องขับรถไปไกล] [ฝากพิจารณา|ช่วยจัดให้หน่อย|]" + POLITE
        ),
    ),
    Frame(
        id="other.frivolous.real_oth_neighbour_cat_cute",
        category="other",
        credibility="frivolous",
        voice="writer sharing that a neighbourhood cat sleeps on her car",
        channels=_CITY,
        setting="city",
        text=(
            "[แมวข้างบ้านชอบมานอนบนรถ|มีแมวส้มมานอนบนหลังคารถ|แมวในซอยมานอนบนกระโปรงรถ] "
            "[น่ารักดีแต่ขนเต็มรถ|ไม่รู้ว่าเป็นแมวของใคร|ถ่ายรูปมาให้ดู] [แจ้งไว้เฉยๆ|แค่อยากเล่าให้ฟัง|]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_mc_everything_closed_photo",
        category="misconduct",
        credibility="frivolous",
        voice="writer saying every ticket gets closed after a photo, with no ticket, place or job named",
        channels=_CITY,
        setting="city",
        text=(
            "[แจ้งอะไรไปก็ปิดเรื่องหมด|เรื่องที่แจ้งถูกปิดหมดทุกเรื่อง|ปิดเรื่องกันเก่งมาก] "
            "[มาตรวจแค่ถ่ายรูปแล้วก็กลับ|ทำงานแบบขอไปที|ซ่อมไม่เคยครบสักงาน|เขตมาดูแป๊บเดียวแล้วก็ปิดเรื่อง] "
            "[ไม่รู้จะแจ้งไปทำไม|รบกวนทำงานให้จริงจังหน่อย|]" + POLITE
        ),
    ),
    Frame(
        id="other.frivolous.real_oth_skytrain_to_my_door",
        category="other",
        credibility="frivolous",
        voice="writer wishing the skytrain ran to their door and the rain stopped",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้รถไฟฟ้ามาถึงหน้าบ้าน|อยากให้มีรถไฟฟ้าผ่านทุกซอย|อยากให้ฝนหยุดตกช่วงเวลาเลิกงาน] "
            "[จะได้ไม่ต้องนั่งมอไซค์|จะได้ไม่เปียก|จะได้ไม่ต้องรอรถนาน] [รบกวนพิจารณา|ฝากด้วย|]" + POLITE
        ),
    ),
]
