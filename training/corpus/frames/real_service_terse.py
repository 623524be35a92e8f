"""Terse Traffy tickets about the problem itself, in the words real service tickets use (``service_issue``).

Written after reading real Bangkok tickets (never copied). Real service tickets are full of words that, in a
corpus that uses them only around wrongdoing, would become cues for it: an address with เขต/แขวง, a request
addressed to the เขต, the เทศกิจ, the ตำรวจ or the การไฟฟ้า ("รบกวนเจ้าหน้าที่เขตมาตรวจสอบ", "ขอให้ตำรวจมาจัดการ"),
a sign that says ห้ามจอด, a ป้อมตำรวจ used as a landmark, a repeat ("ครั้งที่2"), a photo ("ตามรูป"), a ticket that
was closed or forwarded ("เรื่องเดิมปิดไปแล้วแต่ยังเป็นอยู่", "สถานะขึ้นว่าเสร็จสิ้น ส่งต่อการไฟฟ้าแล้ว"). Every frame
here uses that vocabulary and alleges no act or omission of any official (LABELS.md rules 1 and 3: the
problem, a request, or waiting is ``service_issue``). None says a closure was false (rule 4 would make it
``misconduct``: those twins are in :mod:`real_allegation_pairs`). A few are frivolous: a header with no place,
a gripe nothing can be done about.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, ROAD, SOI, SPOT

_CITY = ("web_form", "line_chat")

# A full Bangkok address as real tickets write it (soi, road, แขวง, เขต), shortest forms too.
ADDR = (
    "["
    + SOI
    + " "
    + ROAD
    + " แขวง{khwaeng} เขต{khet}[ กทม.| กรุงเทพฯ|]|"
    + SOI
    + " แขวง{khwaeng} เขต{khet}|"
    + SOI
    + " เขต{khet}|"
    + ROAD
    + " แขวง{khwaeng} เขต{khet}|"
    + SOI
    + "]"
)
WINDOW = (
    "[ทุกวันช่วง [06.00-08.00|07.00-09.00|16.00-19.00|17.00-20.00|18.00-22.00|20.00-24.00] น."
    "|ทุกเย็นช่วง [17.00-20.00|18.00-21.00] น.|ช่วงเช้า [6-8|7-9] โมง|ทุกวันตอนเลิกงาน|ทุกคืน|เกือบทุกวัน]"
)
PHOTO = "[ตามรูป|ดูรูปประกอบ|ตามภาพที่แนบ|รายละเอียดตามรูป|ตามรูปที่แนบมา]"
REF = "[2024|2025]-[6|K|3|Q|B|W][M|F|7|D|R][X|2|N|H|C][P|9|T|5][A|L|8|U][4|G|Z|]"
AGAIN = "[แจ้งครั้งที่2|ครั้งที่2|แจ้งครั้งที่ 2|แจ้งซ้ำครั้งที่ 3|ครั้งที่3|แจ้งรอบที่สอง|แจ้งซ้ำ]"
ASK_KHET = (
    "[รบกวนเจ้าหน้าที่เขต{khet}มาตรวจสอบด้วย|รบกวนเขต{khet}ช่วยดำเนินการด้วย|ขอให้เจ้าหน้าที่เขตเข้ามาดูด้วย"
    "|รบกวนเจ้าหน้าที่ลงพื้นที่ตรวจสอบ|ขอให้หน่วยงานที่เกี่ยวข้องดำเนินการ|รบกวนดำเนินการด้วย]"
)
# Problems of the public way a repeat or a follow-up ticket is about.
PROBLEM = (
    "[ท่อระบายน้ำยังตัน|น้ำยังท่วมขังหน้าบ้าน|ไฟทางยังดับ|ถนนยังเป็นหลุม|ฝาท่อยังแตก|ขยะยังกองอยู่ที่เดิม"
    "|ทางเท้ายังทรุด|สายสื่อสารยังห้อยต่ำ|กิ่งไม้ยังพาดสายไฟ]"
)

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ the address, then the problem
    Frame(
        id="service_issue.credible.real_addr_first_road_sunk",
        category="service_issue",
        credibility="credible",
        voice="householder who opens the ticket with the full address, as on the paper form",
        channels=_CITY,
        setting="city",
        text=(
            "[หน้าบ้านเลขที่ |บ้านเลขที่ |หน้าบ้าน |]" + HOUSE_NO + " " + SOI + " " + ROAD + " "
            "แขวง{khwaeng} เขต{khet}[ กทม.| กรุงเทพฯ|] "
            "[แจ้งเรื่อง|ขอแจ้งปัญหา|]"
            "[ถนนทรุดตัวเป็นแอ่ง|ถนนแตกเป็นหลุมลึก|ฝาท่อทรุดต่ำกว่าผิวถนน|ทางเท้าหน้าบ้านยุบ|ท่อระบายน้ำหน้าบ้านแตก] "
            "[ฝนตกน้ำขังทุกครั้ง|รถเก๋งลงหลุมช่วงล่างกระแทก|มอไซค์ล้มไปแล้ว[ 1| 2] คัน|เดินตอนกลางคืนมองไม่เห็น]"
            "[ รบกวนเจ้าหน้าที่เขตมาตรวจสอบและซ่อมแซมด้วย| ขอให้ช่วยซ่อมให้ถาวร| รบกวนดำเนินการด้วย][ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_addr_only_one_liner",
        category="service_issue",
        credibility="credible",
        voice="one-line ticket: the problem and the แขวง/เขต, nothing else",
        channels=_CITY,
        setting="city",
        text=(
            "[ไฟทางดับ|ไฟส่องสว่างดับ|ท่อตัน|ฝาท่อหาย|ถนนเป็นหลุม|น้ำท่วมขัง|ขยะล้นถัง|ต้นไม้ล้มขวางทาง"
            "|สายไฟห้อยต่ำ|ทางเท้าชำรุด|หมาจรเยอะ|กลิ่นเหม็นจากท่อ]"
            "[ " + ADDR + "| " + SPOT + " " + SOI + " แขวง{khwaeng}| แขวง{khwaeng} เขต{khet}]"
            "[ค่ะ|ครับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_vacant_house_overgrown",
        category="service_issue",
        credibility="credible",
        voice="neighbour of an empty house gone wild, asks the district to contact the owner",
        channels=_CITY,
        setting="city",
        text=(
            "[บ้านร้าง|บ้านไม่มีคนอยู่|ที่ดินรกร้าง|ตึกแถวร้าง][ข้างบ้านเลขที่ " + HOUSE_NO + "|ติดกับบ้าน|ท้ายซอย] " + SOI + " "
            "[หญ้าขึ้นสูงเกินรั้ว|ต้นไม้รกจนล้นออกมาถนน|มีขยะสะสมเต็ม] "
            "[มีงูเข้าบ้านข้างเคียง[แล้ว [2|3] ครั้ง|บ่อยมาก]|ยุงเยอะมาก|มีหนูวิ่งเข้าบ้าน|กลางคืนมืดน่ากลัว] "
            "[รบกวนเจ้าหน้าที่เขตมาตรวจสอบ[และแจ้งเจ้าของให้ตัดหญ้า|และประสานเจ้าของที่ดิน]|ขอให้เขตช่วยติดต่อเจ้าของที่ดินด้วย"
            "|ไม่ทราบว่าเจ้าของเป็นใคร ขอให้ช่วยประสานให้]"
        ),
    ),
    # ------------------------------------------------------------------ requests to the เทศกิจ / ตำรวจ / การไฟฟ้า
    Frame(
        id="service_issue.credible.real_ask_tesakit_organise_stalls",
        category="service_issue",
        credibility="credible",
        voice="commuter asking the tesakit to organise stalls at a station exit; a request, no blame",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[ขอให้เทศกิจ|รบกวนเทศกิจเขต{khet}|ขอให้เทศกิจช่วย|อยากให้เทศกิจ]"
            "[มาจัดระเบียบ|เข้ามาจัดระเบียบ|มาดูแล]"
            "[ร้านค้า|แผงลอย|หาบเร่|รถเข็นขายอาหาร]"
            "[ตรงทางลงสถานีรถไฟฟ้า|หน้าทางขึ้นสะพานลอย|ตรงป้ายรถเมล์|หน้าตลาด] " + ROAD + " "
            "[ด้วย|หน่อย|]"
            "[ " + WINDOW + " ตั้งแผงเต็มทางเท้า| ตั้งโต๊ะจนเหลือทางเดินนิดเดียว| คนลงบันไดมาต้องเดินลงถนน]"
            "[ คนเดินเยอะมาก| เด็กนักเรียนเดินผ่านทุกวัน| รถเข็นเด็กผ่านไม่ได้|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_ask_police_double_parking",
        category="service_issue",
        credibility="credible",
        voice="driver asking the police to deal with double-parked cars; a request, not an allegation",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[ขอให้ตำรวจ|รบกวนตำรวจ สน.{khet}|ขอให้ตำรวจจราจร|รบกวนเจ้าหน้าที่ตำรวจ]"
            "[มาจัดการ|มาตรวจสอบ|ช่วยดูแล]"
            "[รถจอดซ้อนคัน|รถจอดในที่ห้ามจอด|รถตู้จอดรอลูกค้า|รถส่งของจอดแช่]"
            "[หน้า[ห้าง|ตลาด|โรงพยาบาล|โรงเรียน]|ตรงป้ายรถเมล์|ปากซอย] " + ROAD + " "
            "[ด้วย|]"
            "[ " + WINDOW + "| ตลอดวัน|]"
            "[ เหลือช่องจราจรเลนเดียว| รถเมล์เข้าป้ายไม่ได้| รถติดยาวถึงแยก]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_pothole_at_police_box",
        category="service_issue",
        credibility="credible",
        voice="driver using the police box as a landmark for a road defect",
        channels=_CITY,
        setting="city",
        text=(
            "[ถนนเป็นหลุมใหญ่|ฝาท่อยุบ|ผิวถนนแตกเป็นร่อง|มีน้ำขังเป็นแอ่ง|แผ่นเหล็กปิดหลุมเลื่อน]"
            "[ตรงป้อมตำรวจ|ก่อนถึงป้อมตำรวจ|ข้างป้อมจราจร|เลยป้อมตำรวจไปนิดเดียว]"
            "[ แยก{bkk_road}| " + ROAD + "| ทางเข้า" + SOI + "]"
            "[ ฝั่งขาเข้า| ฝั่งขาออก| เลนซ้าย|]"
            "[ รถหักหลบกะทันหัน| มอไซค์ล้มบ่อย| ตอนกลางคืนมองไม่เห็น|]"
            "[ รบกวนซ่อมด้วย| ช่วยแก้ไขด่วน|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_ask_traffic_police_peak",
        category="service_issue",
        credibility="credible",
        voice="commuter stuck at a junction every morning, asks for an officer to direct traffic",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[แยก{bkk_road}|สี่แยกหน้า[ห้าง|ตลาด|โรงเรียน] " + ROAD + "|ทางออก" + SOI + "]"
            " รถติดหนัก[ทุกเช้าช่วง [06.30-08.30|07.00-09.00] น.|ทุกเย็นช่วง [16.30-19.00|17.00-20.00] น.|ช่วงเร่งด่วนเช้าเย็น] "
            "[ไฟแดงนานมาก|ไฟเขียวแค่ไม่กี่วินาที|รถจากซอยออกไม่ได้เลย|รถติดยาวเกือบกิโล]"
            "[ อยากให้มีตำรวจจราจรมาช่วยปล่อยรถช่วงนั้น| ขอให้ตำรวจมาช่วยโบกรถช่วงเร่งด่วน| ขอให้ปรับเวลาไฟจราจร"
            "| ขอเจ้าหน้าที่มาช่วยอำนวยความสะดวกการจราจร]"
            "[ด้วย|]"
            "[ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_ask_no_parking_sign",
        category="service_issue",
        credibility="credible",
        voice="resident asking for a no-parking sign or red-white kerb at a corner",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอ|อยากขอ|รบกวน]"
            "[ติดป้ายห้ามจอด|ทาสีขาวแดงห้ามจอด|ตีเส้นห้ามจอด|ติดป้ายห้ามจอดตลอดเวลา]"
            "[ตรงหัวมุม|ตรงทางโค้ง|ปากซอย|หน้าทางเข้าออก]" + SOI + " "
            "[เพราะ|เนื่องจาก]"
            "[มีรถมาจอดหัวมุมทุกวัน รถเลี้ยวเข้าออกมองไม่เห็นกัน|รถจอดสองฝั่งจนรถสวนกันไม่ได้|รถดับเพลิงกับรถพยาบาลเข้าไม่ได้"
            "|จอดกันทั้งคืนรถในซอยออกไม่ได้]"
            "[ ขอบคุณครับ| ขอบคุณค่ะ| ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_no_parking_sign_ignored",
        category="service_issue",
        credibility="credible",
        voice="resident: drivers park under the no-parking sign; no word about officials (rule 1, negative side)",
        channels=_CITY,
        setting="city",
        text=(
            "[มีป้ายห้ามจอดชัดเจน|ขอบทางทาสีขาวแดงแล้ว|ติดป้ายห้ามจอดตลอดเวลาแล้ว]"
            "[แต่|แต่ก็]ยังมี"
            "[รถยนต์|รถกระบะ|รถตู้|แท็กซี่|รถลูกค้าร้านอาหาร]มาจอด"
            "[ " + WINDOW + "| ทั้งวันทั้งคืน| ตลอดวัน]"
            "[ " + SOI + "| " + ROAD + " หน้า" + SOI + "| " + SPOT + " " + SOI + "]"
            "[ รถติดยาว| รถเข้าออกซอยลำบาก| เสียช่องจราจรไป 1 เลน]"
            "[ " + PHOTO + "|]"
            "[ รบกวนตรวจสอบ| ขอให้ดำเนินการ| ฝากดูแลด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_power_out_ask_mea",
        category="service_issue",
        credibility="credible",
        voice="household without power, asks the ticket to reach the electricity authority",
        channels=_CITY,
        setting="city",
        text=(
            "[ไฟฟ้าดับ|ไฟดับ|ไฟตก ติดๆดับๆ][ทั้งซอย|หลายหลังคาเรือน|ครึ่งซอย]"
            "[ตั้งแต่[ตีสอง|สองทุ่ม|บ่ายสาม|เมื่อคืน]|มา [3|4|5] ชั่วโมงแล้ว] " + SOI + " "
            "[ได้ยินเสียงดังปังที่หม้อแปลง|เห็นประกายไฟที่เสาไฟ|ฝนตกลมแรงแล้วดับเลย|]"
            "[ รบกวนการไฟฟ้านครหลวงมาตรวจสอบด้วย| รบกวนประสานการไฟฟ้าให้ด่วน| โทร กฟน. ไม่ติด รบกวนช่วยประสานให้]"
            "[ ที่บ้านมีผู้ป่วยใช้เครื่องช่วยหายใจ| ของในตู้เย็นเสียหมดแล้ว|]"
        ),
    ),
    # ------------------------------------------------------------------ repeats, closures, follow-ups (rules 3 and 4)
    Frame(
        id="service_issue.credible.real_repeat_old_ticket_closed",
        category="service_issue",
        credibility="credible",
        voice="resident re-opening a closed ticket because the problem is back; says nothing against anyone",
        channels=_CITY,
        setting="city",
        text=(
            AGAIN + " "
            "[เรื่องเดิม|ตามเรื่องเดิมรหัส " + REF + "|อ้างอิงเรื่อง " + REF + "|เรื่องเดิมเลขที่ " + REF + "]"
            "[ ปิดไปแล้ว| ปิดเรื่องไปแล้ว| สถานะเสร็จสิ้นไปแล้ว]"
            "[แต่|แต่ตอนนี้|แต่ล่าสุด]"
            "["
            + PROBLEM
            + "|กลับมาเป็นเหมือนเดิม|ยังเป็นอยู่|เป็นอีกแล้ว] "
            + SOI
            + "[ รบกวนตรวจสอบอีกครั้ง| ขอให้เข้ามาดูอีกรอบ| ฝากดำเนินการอีกครั้ง|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_fixed_then_back_male",
        category="service_issue",
        credibility="credible",
        voice="man thanking the district for a repair that did not last; no blame",
        channels=_CITY,
        setting="city",
        hard="service_official",
        speaker="male",
        text=(
            "[เรื่องเดิม|ตามที่เคยแจ้งไว้|รอบที่แล้ว][ เจ้าหน้าที่เขต| ทางเขต| เจ้าหน้าที่]"
            "[มาลอกท่อให้แล้วครับ[ ขอบคุณครับ|] แต่[ฝนตกหนักเมื่อวาน|ผ่านไปไม่ถึงเดือน]ท่อก็กลับมาตันอีก น้ำขังเหมือนเดิม"
            "|มาปะถนนให้แล้วครับ[ ขอบคุณครับ|] แต่ผ่านไป[สองอาทิตย์|ไม่กี่วัน]ยางมะตอยก็หลุดเป็นหลุมอีก"
            "|มาเปลี่ยนหลอดไฟให้แล้วครับ[ ขอบคุณครับ|] แต่ผ่านไป[ไม่กี่วัน|อาทิตย์เดียว]ไฟก็ดับอีก"
            "|มาซ่อมฝาท่อให้แล้วครับ[ ขอบคุณครับ|] แต่[รถบรรทุกวิ่งผ่าน|ผ่านไปไม่ถึงเดือน]ก็แตกอีก]ครับ "
            + SOI
            + " [รบกวนดูให้อีกรอบครับ|อยากให้แก้แบบถาวรครับ|ขอให้ช่วยตรวจสอบสาเหตุครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_closed_forwarded_mea",
        category="service_issue",
        credibility="credible",
        voice="resident whose ticket was closed as forwarded to another agency, asks what to do next",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เรื่องที่แจ้งไว้ |เรื่องเดิม " + REF + " |เรื่องที่แจ้งไปเมื่อเดือนก่อน ]"
            "[ขึ้นสถานะเสร็จสิ้น|ปิดเรื่องไปแล้ว]"
            "[ บอกว่า| โดยแจ้งว่า|]"
            "[[ส่งต่อการไฟฟ้านครหลวงแล้ว|อยู่ในความรับผิดชอบของการไฟฟ้า] [แต่ตอนนี้|ตอนนี้][ไฟยังดับอยู่|เสาไฟยังเอียงอยู่]"
            "|[ประสานการประปาแล้ว|ส่งต่อการประปานครหลวงแล้ว] [แต่ตอนนี้|ตอนนี้]น้ำยังรั่วอยู่"
            "|[เป็นถนนของหน่วยงานอื่น|ส่งต่อกรมทางหลวงชนบทแล้ว] [แต่ตอนนี้|ตอนนี้]ถนนยังเป็นหลุมอยู่] " + SOI + " "
            "[ไม่ทราบว่าต้องไปแจ้งหน่วยงานนั้นเองหรือเปล่า|ขอเบอร์หรือช่องทางติดต่อหน่วยงานนั้นด้วย"
            "|รบกวนช่วยติดตามให้ด้วย|ไม่ทราบว่าต้องรออีกนานไหม]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_operator_star_form",
        category="service_issue",
        credibility="credible",
        voice="1555 operator filling the starred form (problem, spot, house no., soi, road, เขต, แขวง)",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "* ปัญหา : "
            "[พบรถยนต์จอดทิ้งไว้เป็นเวลานาน สภาพเก่า ยางแบน ขอให้หน่วยงานเข้าตรวจสอบ"
            "|พบร้านค้าวางโต๊ะและสินค้ากีดขวางทางเท้า ช่วงเวลา [17.00-22.00|06.00-10.00] น. ขอให้เทศกิจเข้าตรวจสอบ"
            "|พบต้นไม้ล้มพาดสายไฟ เกรงว่าจะเกิดอันตราย ขอให้ดำเนินการแก้ไข"
            "|พบฝาบ่อพักชำรุด จำนวน [1|2] ฝา เกรงว่าจะเกิดอันตรายต่อผู้สัญจร"
            "|พบน้ำประปารั่วไหลบนผิวจราจร ผู้ร้องได้รับความเดือดร้อน]"
            "* จุดเกิดเหตุ : [หน้าบ้านเลขที่ " + HOUSE_NO + "|ตรงข้ามเซเว่น|ปากซอยฝั่งซ้าย|เข้าซอยไปประมาณ 50 เมตร]"
            "* ซอย : {bkk_road} [3|12|24|39|55|71]* ถนน : {bkk_road}* เขต : {khet}* แขวง : {khwaeng}#1555"
        ),
    ),
    Frame(
        id="service_issue.credible.real_operator_done_but_back",
        category="service_issue",
        credibility="credible",
        voice="operator: the caller says the unit did fix it before, the problem has come back (no allegation)",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        hard="service_official",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[เคยร้องเรียนเรื่อง|ได้เคยแจ้งเรื่อง]"
            "[ท่อระบายน้ำอุดตัน[ไว้แล้ว|มาแล้ว] [หน่วยงานได้เข้าลอกท่อแล้ว|เจ้าหน้าที่ได้เข้าดำเนินการแล้ว]"
            "|ร้านค้าตั้งวางสินค้าบนทางเท้า[ไว้แล้ว|มาแล้ว] เจ้าหน้าที่เทศกิจได้เข้าตักเตือนแล้ว"
            "|ไฟฟ้าส่องสว่างดับ[ไว้แล้ว|มาแล้ว] [หน่วยงานได้เข้าซ่อมแซมแล้ว|เจ้าหน้าที่ได้เข้าเปลี่ยนหลอดแล้ว]"
            "|รถยนต์จอดกีดขวางทางเข้าออก[ไว้แล้ว|มาแล้ว] [เจ้าหน้าที่ได้เข้าตักเตือนแล้ว|เจ้าหน้าที่ได้เข้าติดสติกเกอร์แจ้งเตือนแล้ว]] "
            "แต่ปัจจุบัน[กลับมาเป็นเหมือนเดิม|กลับมามีปัญหาเช่นเดิม|ยังคงพบปัญหาเดิม] "
            "[จึงขอให้เข้าตรวจสอบอีกครั้ง|ขอให้หน่วยงานเข้าตรวจสอบซ้ำ|ขอให้เข้าดำเนินการอีกครั้ง]"
            "ซอย: {bkk_road} [7|18|26|42|64]ถนน: {bkk_road}เขต: {khet}[#1555|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_wrong_pin_correction",
        category="service_issue",
        credibility="credible",
        voice="reporter correcting the map pin of an earlier ticket",
        channels=_CITY,
        setting="city",
        text=(
            "[ปักหมุดผิดค่ะ|ปักหมุดคลาดเคลื่อน|แก้ไขตำแหน่ง]"
            "[ จุดที่ถูกต้องคือ| ที่ถูกคือ| จุดจริงอยู่]"
            "[ " + SPOT + " " + SOI + "| " + ADDR + "| ฝั่งตรงข้าม" + SOI + "]"
            "[ เป็นเรื่อง[ไฟทางดับ|ท่อตัน|ฝาท่อหาย|ถนนทรุด]ที่แจ้งไว้| ตามเรื่องที่แจ้งเมื่อวาน| จะได้ไม่ไปผิดที่|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_thanks_then_new_spot",
        category="service_issue",
        credibility="credible",
        voice="resident thanking the district for the last job and reporting a new spot",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[ขอบคุณเจ้าหน้าที่เขต{khet}|ขอบคุณทางเขต|ขอบคุณเจ้าหน้าที่]"
            "ที่[มาลอกท่อให้|มาเก็บกิ่งไม้ให้|มาซ่อมไฟทางให้|มาเก็บขยะให้][เมื่อวันก่อน|เมื่อสัปดาห์ที่แล้ว|รวดเร็วมาก] "
            "[ขอแจ้งอีกจุด|มีอีกจุดนึง|ขอแจ้งเพิ่ม] "
            "[" + SPOT + " " + SOI + "|ท้ายซอยเดียวกัน|ฝั่งตรงข้ามของจุดเดิม] "
            "[ท่อตันเหมือนกัน|ไฟดับอีก [2|3] ดวง|ฝาท่อแตก|มีขยะกองอยู่]"
            "[ รบกวนด้วย| ฝากด้วย|]"
        ),
    ),
    # ------------------------------------------------------------------ photos and "ทำไม"
    Frame(
        id="service_issue.credible.real_photo_ref_problem",
        category="service_issue",
        credibility="credible",
        voice="ticket that leans on the attached photo",
        channels=_CITY,
        setting="city",
        text=(
            PHOTO + "[ |ค่ะ |ครับ |]"
            "[ป้ายโฆษณาเก่าเอียงจะล้ม|ตู้โทรศัพท์ร้างถูกพ่นสี|ตะแกรงท่อหาย เหลือแต่รู|เสาไฟเอียง|ราวสะพานหัก"
            "|ต้นไม้ตายยืนต้น กิ่งแห้งจะหล่น|ขยะกองใต้สะพานลอย|กระเบื้องทางเท้าหลุด]"
            "[ " + SPOT + "|] " + ADDR + " "
            "[อันตรายมาก|เกรงจะเกิดอุบัติเหตุ|คนเดินผ่านทุกวัน|]"
            "[ " + ASK_KHET + "|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_why_flood_every_rain",
        category="service_issue",
        credibility="credible",
        voice="resident asking why the same spot floods, with the spot and a request",
        channels=_CITY,
        setting="city",
        text=(
            "[ทำไม|ทำไมถึง|ไม่ทราบว่าทำไม]"
            "[ฝนตกนิดเดียวน้ำก็ท่วม|น้ำท่วมขังทุกครั้งที่ฝนตก|น้ำลดช้ามาก|น้ำเอ่อขึ้นมาจากท่อ] " + SOI + "[ เขต{khet}|] "
            "[ท่อตันหรือเปล่า|ท่อเล็กไปหรือเปล่า|เครื่องสูบน้ำท้ายซอยเสียหรือเปล่า|ระดับถนนต่ำกว่าถนนใหญ่] "
            "[รบกวนมาดูหน่อย|รบกวนเจ้าหน้าที่มาสำรวจ|อยากให้มาหาสาเหตุ|ขอให้ตรวจสอบ]"
            "[ เดือดร้อนมาก| เด็กไปโรงเรียนลำบาก|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_why_light_always_out",
        category="service_issue",
        credibility="credible",
        voice="resident puzzled that a street light keeps failing",
        channels=_CITY,
        setting="city",
        text=(
            "[ทำไมไฟทาง|ไฟส่องสว่าง|เสาไฟต้นนี้]"
            "[ดับบ่อยมาก|เปลี่ยนหลอดแล้วก็ดับอีก|ติดได้สองสามวันก็ดับ] "
            + SOI
            + " [ตรงหน้าบ้านเลขที่ "
            + HOUSE_NO
            + "|ช่วงกลางซอย|หน้าศาลพระภูมิ] "
            "[อาจเป็นที่สายไฟ|อาจจะน้ำเข้า|น่าจะต้องเปลี่ยนทั้งชุด|] "
            "[รบกวนตรวจสอบสาเหตุด้วย|ขอให้ช่างมาดูทั้งระบบ|ฝากแก้ไขให้หน่อย]"
        ),
    ),
    # ------------------------------------------------------------------ abandoned cars, encroachment, parking
    Frame(
        id="service_issue.credible.real_abandoned_car",
        category="service_issue",
        credibility="credible",
        voice="resident reporting a car left to rot in the soi",
        channels=_CITY,
        setting="city",
        text=(
            "[รถเก๋ง|รถกระบะ|รถตู้|มอเตอร์ไซค์][สีขาว|สีเทา|สีดำ|สีบรอนซ์|เก่า]"
            "จอดทิ้งไว้[ข้างทาง|หน้าบ้านเลขที่ " + HOUSE_NO + "|ปากซอย|ริมรั้ววัด] " + SOI + " "
            "[นานกว่า [3|4|6] เดือน|เป็นปีแล้ว|ตั้งแต่ต้นปี] "
            "[ฝุ่นเกาะเต็ม ยางแบนหมด|ไม่มีป้ายทะเบียน|กระจกแตก มีคนเอาขยะไปทิ้งใส่|มีหมาแมวไปนอนใต้รถ] "
            "[ไม่ทราบว่าเป็นของใคร|ถามคนในซอยไม่มีใครรู้จัก|] "
            "[ขอให้เจ้าหน้าที่มาตรวจสอบและเคลื่อนย้าย|รบกวนตรวจสอบด้วย|ขอให้ดำเนินการตามระเบียบ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_extension_on_public_soi",
        category="service_issue",
        credibility="credible",
        voice="neighbour asking the district to check a house extension on the public soi; no official mentioned",
        channels=_CITY,
        setting="city",
        text=(
            "[บ้านเลขที่ " + HOUSE_NO + " |บ้านหลังที่ [3|4|5] จากปากซอย|ร้านซ่อมรถในซอย]"
            "[ต่อเติมหลังคา|ก่อรั้ว|ตั้งเสาเหล็ก|วางกระถางต้นไม้แนวยาว|เทปูนยกพื้น]"
            "[ยื่นออกมาบนถนนสาธารณะ|รุกล้ำที่สาธารณะ|ล้ำออกมาเกือบครึ่งซอย] " + SOI + " "
            "[รถสวนกันไม่ได้|รถขยะเข้าไม่ได้|ทำให้ซอยแคบลงมาก|น้ำฝนไหลลงบ้านฝั่งตรงข้าม] "
            "[" + PHOTO + " |]"
            "[ขอให้เขตตรวจสอบว่าได้รับอนุญาตหรือไม่|รบกวนเจ้าหน้าที่เขตมาตรวจสอบแนวเขตทาง|ขอให้ตรวจสอบด้วย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_moto_taxi_parks_on_footpath",
        category="service_issue",
        credibility="credible",
        voice="pedestrian squeezed by a motorcycle-taxi queue parked on the footpath; no word about officials",
        channels=_CITY,
        setting="city",
        text=(
            "[วินมอเตอร์ไซค์|วินมอไซค์|มอไซค์รับจ้าง]จอดเรียง[เต็มทางเท้า|ขวางทางเท้า|บนฟุตบาท]"
            "[ตรงทางลงสถานีรถไฟฟ้า|หน้าทางเข้า" + SOI + "|ตรงป้ายรถเมล์|หน้าเซเว่น] " + ROAD + " "
            "[คนเดินต้องเบียดลงถนน|รถเข็นผ่านไม่ได้|ตอนฝนตกคนเดินต้องลุยน้ำบนถนน] "
            "[" + WINDOW + "|ช่วงเช้ากับเย็น|]"
            "[ อยากให้จัดที่จอดให้วินใหม่| ขอให้จัดระเบียบ| รบกวนดูแลด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_school_gate_pickup",
        category="service_issue",
        credibility="credible",
        voice="parent describing the school pick-up jam, asks for police help at those hours",
        channels=_CITY,
        setting="city",
        text=(
            "ช่วง[เลิกเรียน|เช้าก่อนเข้าเรียน] [15.00-16.30|15.30-17.00|06.30-08.00] น. "
            "[หน้าโรงเรียน|ประตูหลังโรงเรียน]ใน" + SOI + " "
            "ผู้ปกครองจอดรถรับส่ง[ 2 แถว| ซ้อนคัน| ยาวถึงปากซอย] "
            "[รถในซอยออกไม่ได้|รถพยาบาลเคยติดอยู่|เด็กเดินแทรกรถอันตรายมาก] "
            "[ขอตำรวจจราจรมาช่วยดูแลช่วงนั้น|อยากให้โรงเรียนกับ สน. จัดจุดรับส่ง|ขอให้มีเจ้าหน้าที่มาช่วยจัดการจราจร]"
            "[ด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_car_wash_on_street",
        category="service_issue",
        credibility="credible",
        voice="resident whose soi is flooded by a car-wash shop working on the road",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านคาร์แคร์|ร้านล้างรถ|ร้านล้างอัดฉีด]ใน" + SOI + " "
            "[เอารถลูกค้ามาล้างบนถนน|ล้างรถบนทางเท้า|จอดรถลูกค้ารอคิวเต็มถนน] "
            "[น้ำไหลเต็มซอย|น้ำยาล้างรถไหลลงท่อ|ถนนลื่นมีคราบน้ำมัน|รถสวนกันไม่ได้] "
            "[" + WINDOW + "|วันเสาร์อาทิตย์ทั้งวัน|] "
            "[มอไซค์ล้มไปแล้ว|คนเดินเปียก|]"
            "[ รบกวนตรวจสอบ| ขอให้ดำเนินการ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_night_market_closes_soi",
        category="service_issue",
        credibility="credible",
        voice="resident whose soi is closed by a night market's stalls",
        channels=_CITY,
        setting="city",
        text=(
            "[ตลาดนัดกลางคืน|ตลาดนัด|ร้านค้าในตลาดเย็น]"
            "[ตั้งร้านปิดซอย|กางเต็นท์เต็มถนน|ตั้งแผงจนปิดทางเข้าออก]" + " " + SOI + " "
            "[ทุกวันพุธกับเสาร์|ทุกเย็นวันศุกร์|" + WINDOW + "] "
            "[รถในซอยเข้าออกไม่ได้|รถดับเพลิงเข้าไม่ได้ถ้ามีเหตุ|คนในซอยต้องจอดรถไว้ข้างนอก] "
            "[ขยะจากตลาดกองทิ้งไว้ตอนเช้า|เสียงดังถึงเที่ยงคืน|]"
            "[ ขอให้เว้นช่องทางให้รถในซอย| รบกวนตรวจสอบ| ขอให้จัดระเบียบ]"
        ),
    ),
    # ------------------------------------------------------------------ works, construction, utilities
    Frame(
        id="service_issue.credible.real_roadworks_no_warning_light",
        category="service_issue",
        credibility="credible",
        voice="driver at night past unlit roadworks",
        channels=_CITY,
        setting="city",
        text=(
            "[งานวางท่อระบายน้ำ|งานซ่อมท่อประปา|งานฝังสายไฟลงดิน|งานขุดถนน] " + ROAD + " "
            "[ช่วงหน้าตลาด|ช่วงหน้าโรงเรียน|ก่อนถึงแยก|ใกล้ทางเข้า" + SOI + "] "
            "[ปิดช่องจราจร 1 เลน|กั้นแบริเออร์ไว้ครึ่งถนน|เปิดหลุมทิ้งไว้] "
            "[ไม่มีไฟกะพริบเตือน|ไม่มีป้ายเตือนล่วงหน้า|กรวยล้มหมด] "
            "[กลางคืนมืดมองไม่เห็น|รถเกือบชนแบริเออร์|มอไซค์ตกหลุม] "
            "[ขอให้ติดไฟเตือนด้วย|รบกวนผู้รับผิดชอบงานติดป้ายเตือน|ขอให้ตรวจสอบความปลอดภัย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_rail_site_blocks_footpath",
        category="service_issue",
        credibility="credible",
        voice="pedestrian forced onto the road by a rail-station building site",
        channels=_CITY,
        setting="city",
        text=(
            "[ไซต์ก่อสร้างสถานีรถไฟฟ้า|งานก่อสร้างรถไฟฟ้า|รั้วไซต์ก่อสร้าง]"
            "[ปิดกั้นทางเท้า|กินทางเท้าหมด|กั้นทางเดินไว้] " + ROAD + " "
            "[ฝั่งขาเข้า|ฝั่งขาออก|ช่วงหน้า" + SOI + "] "
            "[ต้องออกไปเดินบนถนน|คนเดินต้องเดินสวนรถ|ไม่มีทางเดินชั่วคราว] "
            "[ตอนกลางคืนมืดมาก|รถวิ่งมาจากด้านหลัง|]"
            "[ ขอทางเดินชั่วคราวที่ปลอดภัย| ขอให้ทำทางเดินมีหลังคา| รบกวนประสานผู้รับเหมาให้เปิดทางเดิน]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_water_main_leak",
        category="service_issue",
        credibility="credible",
        voice="passer-by at a burst water pipe",
        channels=_CITY,
        setting="city",
        text=(
            "[ท่อประปาแตก|ท่อน้ำประปารั่ว|น้ำประปาพุ่งออกมาจากพื้นถนน|มาตรน้ำรั่ว]"
            "[ น้ำไหลไม่หยุด| น้ำไหลนองถนน| ไหลมา [2|3] วันแล้ว] "
            "[" + SPOT + " " + SOI + "|" + ADDR + "] "
            "[เสียดายน้ำ|ถนนเริ่มทรุด|น้ำประปาบ้านแถวนั้นไหลอ่อน]"
            "[ รบกวนประสานการประปานครหลวง| ขอให้การประปามาซ่อม| รบกวนแจ้งหน่วยงานที่เกี่ยวข้อง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_fallen_tree_after_storm",
        category="service_issue",
        credibility="credible",
        voice="resident after a storm, tree across the soi",
        channels=_CITY,
        setting="city",
        text=(
            "[ต้นไม้ล้ม|ต้นไม้ใหญ่หักโค่น|กิ่งไม้ใหญ่หัก][ขวางถนน|ทับรั้วบ้าน|พาดสายไฟ|ขวางทางเท้า]"
            "[ หลังพายุเมื่อคืน| ตั้งแต่ฝนตกหนักเมื่อวาน| เมื่อเช้า] "
            "[" + SOI + "|" + ADDR + "] "
            "[รถผ่านไม่ได้|ต้องอ้อมไปอีกซอย|กิ่งยังค้างอยู่บนสายไฟ] "
            "[ขอรถมาตัดและเก็บด้วย|รบกวนเขตส่งเจ้าหน้าที่มาตัด|ขอให้ดำเนินการด่วน]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_spray_paint_workshop",
        category="service_issue",
        credibility="credible",
        voice="neighbour of a workshop that sprays paint in the open",
        channels=_CITY,
        setting="city",
        text=(
            "[อู่พ่นสีรถใน" + SOI + " พ่นสีกลางแจ้งหน้าอู่ กลิ่นทินเนอร์เข้าบ้าน"
            "|ร้านทำเฟอร์นิเจอร์ใน" + SOI + " ตัดไม้หน้าร้าน ฝุ่นไม้เกาะเต็มรถกับผ้าที่ตาก"
            "|ร้านตัดหินอ่อนใน" + SOI + " ตัดหินเสียงดังและฝุ่นฟุ้งเข้าบ้าน"
            "|โรงกลึงใน" + SOI + " เจียเหล็กเสียงดังจนคุยกันในบ้านไม่ได้] "
            "[ทุกวันช่วง [08.00-18.00|09.00-19.00] น.|ตั้งแต่เช้ายันค่ำ|วันอาทิตย์ก็ไม่หยุด|ทุกวัน] "
            "[ที่บ้านมีเด็กเล็ก|คนแก่ในบ้านไอทั้งวัน|]"
            "[ ขอให้เขตเข้าตรวจสอบ| ขอให้ตรวจวัดเสียงและฝุ่น| รบกวนตักเตือนด้วย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_park_toilet_locked",
        category="service_issue",
        credibility="credible",
        voice="jogger at a public park",
        channels=_CITY,
        setting="city",
        text=(
            "[ห้องน้ำในสวนสาธารณะ"
            + " "
            + ROAD
            + " [ปิดล็อกตั้งแต่ 4 โมงเย็น ทั้งที่สวนเปิดถึง 2 ทุ่ม|ปิดซ่อมมาเป็นเดือนแล้ว|สกปรกมาก ไม่มีน้ำ]"
            "|เครื่องออกกำลังกายในสวน" + " " + ROAD + " [ชำรุดหลายเครื่อง|หักไป [2|3] ตัว|น็อตหลุด ใช้ไม่ได้]"
            "|ไฟทางเดินในสวน" + " " + ROAD + " [ดับเกือบทั้งแนว|ดับครึ่งสวน]] "
            "[คนมาวิ่งตอนเย็นเยอะ|เด็กๆมาเล่นทุกวัน|คนแก่มาออกกำลังกายทุกเช้า|]"
            "[ รบกวนปรับปรุงด้วย| ช่วยซ่อมด้วย| ฝากดูแลด้วย|]"
        ),
    ),
    # ------------------------------------------------------------------ health, animals, safety
    Frame(
        id="service_issue.credible.real_dengue_fogging_request",
        category="service_issue",
        credibility="credible",
        voice="resident asking the district to fog a soi after a dengue case",
        channels=_CITY,
        setting="city",
        text=(
            "[ในซอยมีคนเป็นไข้เลือดออก|เด็กในซอยเป็นไข้เลือดออก [1|2] คน|ยุงลายเยอะมาก] " + SOI + " "
            "[ช่วงนี้ฝนตกมีน้ำขังเยอะ|มีบ้านร้างน้ำขังหลายจุด|] "
            "[ขอให้เขตมาพ่นหมอกควันกำจัดยุง|รบกวนศูนย์สาธารณสุขมาพ่นยากันยุง|ขอทรายอะเบทด้วย]"
            "[ด้วย|]"
            "[ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_snake_in_house",
        category="service_issue",
        credibility="credible",
        voice="household with a snake, urgent and short",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[งูเข้าบ้าน|มีงูเหลือมอยู่ในห้องครัว|งูอยู่ในท่อหน้าบ้าน|มีงูขดอยู่ใต้รถ]"
            "[ตอนนี้|ตั้งแต่เมื่อกี้|]"
            "[ " + ADDR + "| บ้านเลขที่ " + HOUSE_NO + " " + SOI + "] "
            "[ยาวประมาณ [1|2] เมตร|ตัวใหญ่มาก|] "
            "[ขอเจ้าหน้าที่มาจับด่วน|ช่วยส่งคนมาจับด้วย|ที่บ้านมีเด็กเล็ก ช่วยด้วย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_barking_dogs_neighbour",
        category="service_issue",
        credibility="credible",
        voice="resident kept awake by a neighbour's dogs; a public-health nuisance for the district",
        channels=_CITY,
        setting="city",
        text=(
            "[บ้านเลขที่ " + HOUSE_NO + "|บ้านฝั่งตรงข้าม|บ้านท้ายซอย] " + SOI + " "
            "[เลี้ยงสุนัขหลายสิบตัว|เลี้ยงไก่ชนหลายตัว|เลี้ยงหมาไว้ [10|15|20] กว่าตัว] "
            "[เห่าทั้งคืน|ขันตั้งแต่ตีสี่|ส่งกลิ่นเหม็นมาก|ปล่อยออกมาถ่ายหน้าบ้านคนอื่น] "
            "[" + WINDOW + "|ทุกวัน|] "
            "[ขอให้เขตเข้าตรวจสอบเหตุเดือดร้อนรำคาญ|รบกวนเจ้าหน้าที่สาธารณสุขมาตรวจสอบ|ขอให้ช่วยตักเตือน]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_youth_gathering_patrol",
        category="service_issue",
        credibility="credible",
        voice="resident asking the police to patrol a dark spot where youths gather",
        channels=_CITY,
        setting="city",
        text=(
            "[มีวัยรุ่นมั่วสุม|มีกลุ่มวัยรุ่นมานั่งดื่ม|มีคนมานั่งมั่วสุม]"
            "[ใต้สะพาน|ในสนามเด็กเล่น|ที่ศาลาท่าน้ำ|หน้าบ้านร้าง][ท้าย|ปาก|ใน]" + SOI + " "
            "[ช่วง [22.00-02.00|23.00-03.00] น.|ทุกคืน|เกือบทุกคืน] "
            "[ส่งเสียงดัง|ทิ้งขวดแตกเต็มพื้น|คนเดินผ่านไม่กล้าเดิน] "
            "[ขอตำรวจมาตรวจตราช่วงกลางคืน|รบกวน สน.{khet} จัดสายตรวจมาดู|อยากให้ติดไฟและกล้องวงจรปิด]"
            "[ด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_street_racing_nights",
        category="service_issue",
        credibility="credible",
        voice="resident on a road used for motorbike racing at night",
        channels=_CITY,
        setting="city",
        text=(
            "[มีเด็กแว้นแข่งรถ|มอไซค์แต่งท่อมาแข่งกัน|มีการรวมกลุ่มแข่งรถ] " + ROAD + " "
            "[ช่วงหน้า" + SOI + "|ช่วงทางตรงก่อนถึงแยก|ช่วงใต้ทางด่วน] "
            "[ทุกคืนวันศุกร์เสาร์|เกือบทุกคืน] [ตั้งแต่เที่ยงคืนถึงตีสาม|ช่วงตีหนึ่งตีสอง|หลังสี่ทุ่ม] "
            "[เสียงดังมาก|เกือบชนรถคนอื่น|มีอุบัติเหตุไปแล้ว] "
            "[ขอตำรวจมาตั้งด่านตรวจ|รบกวนตำรวจมาดูแลช่วงนั้น|ขอให้เจ้าหน้าที่ตำรวจช่วยตรวจตรา]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_complaint_header_truck_goods",
        category="service_issue",
        credibility="credible",
        voice="ticket that opens with the word ร้องเรียน and is about a shop, not an official",
        channels=_CITY,
        setting="city",
        text=(
            "ร้องเรียน[ |]"
            "[ร้านวัสดุก่อสร้าง|ร้านขายส่ง|โกดังสินค้า|ร้านขายเครื่องดื่ม]"
            "[ใน" + SOI + "|ริม" + ROAD + "] "
            "[ให้รถบรรทุกจอดลงของบนถนน|ตั้งกองสินค้าบนทางเท้า|ใช้ทางเท้าเป็นที่ลงของ] " + WINDOW + " "
            "[รถติดยาวถึงถนนใหญ่|ทางเท้าแตกหมดแล้ว|คนเดินต้องเดินบนถนน] "
            "[ขอให้ตรวจสอบ|รบกวนเขตดำเนินการ|ขอให้จัดเวลาลงของ]"
        ),
    ),
    # ------------------------------------------------------------------ longer, still no allegation
    Frame(
        id="service_issue.credible.real_long_request_khet_drainage",
        category="service_issue",
        credibility="credible",
        voice="village committee member, a longer request to the district with the history and no blame",
        channels=("web_form",),
        setting="city",
        text=(
            "[เรียน ผู้อำนวยการเขต{khet}\n|เรียน เจ้าหน้าที่เขต{khet}\n|]"
            "[ด้วย|เนื่องจาก]ชาวบ้าน" + SOI + " แขวง{khwaeng} "
            "มีผู้อยู่อาศัยประมาณ [40|60|80|120] ครัวเรือน "
            "[ได้รับความเดือดร้อนจากน้ำท่วมขังทุกครั้งที่ฝนตก|ประสบปัญหาน้ำระบายไม่ทันในช่วงหน้าฝน]"
            "[มาหลายปี|มาตั้งแต่มีการถมที่ข้างเคียง] "
            "<<[ทางเขตเคยมาลอกท่อให้แล้วเมื่อปีที่แล้ว|เคยแจ้งไปครั้งหนึ่งและเจ้าหน้าที่มาสูบน้ำให้] "
            "แต่ปัญหายังเกิดซ้ำ ##[ท่อระบายน้ำในซอยเป็นท่อเก่าขนาดเล็ก |ระดับซอยต่ำกว่าถนนใหญ่ ]>>\n"
            "[จึงขอความอนุเคราะห์|จึงเรียนมาเพื่อขอให้]"
            "[สำรวจและพิจารณาเปลี่ยนท่อระบายน้ำ|ยกระดับถนนในซอย|ติดตั้งเครื่องสูบน้ำประจำจุด]"
            "[ ทั้งนี้ได้แนบรูปน้ำท่วมมาด้วย| " + PHOTO + "|]"
            "[\nขอบคุณครับ|\nขอบคุณค่ะ|\nขอแสดงความนับถือ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_wait_months_understanding_female",
        category="service_issue",
        credibility="credible",
        voice="woman who reported months ago, patient, asks for a date; slow, no allegation (rule 3)",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[แจ้งไว้ตั้งแต่|แจ้งเรื่องไว้ตั้งแต่][ต้นเดือน|เดือนที่แล้ว|สองเดือนก่อน]ค่ะ "
            "[ทางเท้าทรุดหน้าบ้าน|ไฟทางหน้าบ้านดับ|ฝาท่อแตก|ท่อระบายน้ำตัน] " + SOI + " "
            "[เจ้าหน้าที่มาดูแล้วบอกว่าต้องรออุปกรณ์|มีเจ้าหน้าที่โทรมาแจ้งว่ารับเรื่องแล้ว|สถานะขึ้นว่ากำลังดำเนินการ] "
            "[เข้าใจค่ะว่างานเยอะ|ไม่ได้รีบร้อนค่ะ|ทราบค่ะว่าต้องใช้เวลา] "
            "[แต่อยากทราบว่าจะเข้ามาดำเนินการประมาณเมื่อไหร่คะ|ขอทราบกำหนดคร่าวๆได้ไหมคะ"
            "|ระหว่างนี้ขอกรวยหรือป้ายเตือนมาวางไว้ก่อนได้ไหมคะ]"
        ),
    ),
    # ------------------------------------------------------------------ second batch: more of the real texture
    Frame(
        id="service_issue.credible.real_sub_soi_yaek_light",
        category="service_issue",
        credibility="credible",
        voice="terse ticket with a sub-soi (แยก) address, as Bangkok lanes are numbered",
        channels=_CITY,
        setting="city",
        text=(
            "[ซอย|ซ.|]{bkk_road}[ |][12|24|39|48|64|71|101] แยก [2|5|9|13|17|2-1|4-6] "
            "[เสาไฟดับมานานแล้ว|ไฟทางดับ [2|3] ต้น|ท่อระบายน้ำตันทั้งแยก|ถนนในแยกเป็นหลุมตลอดสาย|ฝาท่อหายไป 1 ฝา]"
            "[ มืดมาก| อันตราย| รถเข้าออกลำบาก|]"
            "[ รบกวนแก้ไขเร่งด่วน| ฝากทีมงานจัดการด้วย| รบกวนด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_ask_more_lights",
        category="service_issue",
        credibility="credible",
        voice="resident asking for street lights where there are none",
        channels=_CITY,
        setting="city",
        text=(
            "[ไม่มีไฟถนนช่วงนี้|ช่วงนี้ไม่มีไฟส่องสว่างเลย|มีเสาไฟแต่ไม่มีโคมไฟ]"
            "[ " + SOI + "| ช่วงระหว่าง" + SOI + " ถึงปากซอยถัดไป| ทางเดินเชื่อมไปป้ายรถเมล์ " + ROAD + "]"
            "[ มืดมาก| มืดสนิทหลังสองทุ่ม| คนเดินกลับจากรถไฟฟ้าเยอะ] "
            "[ขอติดตั้งไฟส่องสว่างเพิ่ม|อยากให้ติดไฟทางเพิ่มอีกสักสองสามต้น|ขอให้มาสำรวจเพื่อติดไฟเพิ่ม]"
            "[ด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_election_posters_left",
        category="service_issue",
        credibility="credible",
        voice="pedestrian about election posters left on the footpath after the vote",
        channels=_CITY,
        setting="city",
        text=(
            "[ป้ายหาเสียง|ป้ายหาเสียงเลือกตั้ง|ป้ายผู้สมัคร]"
            "[ยังไม่เก็บ|ยังตั้งอยู่เต็มทางเท้า|ล้มขวางทางเดิน|ผูกไว้กับเสาไฟ]"
            "[ ทั้งที่เลือกตั้งเสร็จไปแล้ว| หลังเลือกตั้งมาเป็นเดือน|] "
            "[" + ROAD + " " + "[ช่วงหน้า" + SOI + "|ตลอดแนวเกาะกลาง]|" + SOI + "] "
            "[บังทางเข้าออกซอย|ลมพัดล้มเกือบโดนมอไซค์|บังป้ายจราจร]"
            "[ รบกวนเขตเก็บออกด้วย| ขอให้ประสานผู้สมัครมาเก็บ| รบกวนดำเนินการ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_kittens_need_shelter",
        category="service_issue",
        credibility="credible",
        voice="woman who found a stray cat with kittens, asks for a shelter",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "พบ[แม่แมวกับลูกแมวจร [3|4|5] ตัว|ลูกแมวถูกทิ้ง [3|4] ตัว|ลูกหมาถูกทิ้งในกล่อง]"
            "[ใต้สะพานลอย|ข้างถังขยะ|ในท่อระบายน้ำ|หน้าเซเว่น] " + SOI + " "
            "[ตัวเล็กมาก|ผอมมาก|มีตัวหนึ่งขาเจ็บ]ค่ะ "
            "[ต้องการให้หาสถานพักพิงสัตว์ค่ะ|รบกวนหน่วยงานที่ดูแลสัตว์จรมารับไปดูแลด้วยค่ะ|ไม่ทราบว่าพาไปส่งที่ไหนได้บ้างคะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_overturned_truck_debris",
        category="service_issue",
        credibility="credible",
        voice="driver passing a spill left on the road; slow clean-up, no blame",
        channels=_CITY,
        setting="city",
        text=(
            "[รถบรรทุกหินตะแคง|รถบรรทุกทำหินหล่น|รถขนทรายทำทรายหก|รถกระบะทำน้ำมันรั่ว]"
            "[ข้างทาง|กลางถนน|ตรงทางโค้ง] " + ROAD + " "
            "[มา 2 วันแล้ว|ตั้งแต่เมื่อคืน|ตั้งแต่เช้า]ยังไม่มีใครมาเก็บ "
            "[กีดขวางการจราจร|มอไซค์ลื่นล้ม|รถต้องเบี่ยงเลน] "
            "[รบกวนประสานหน่วยงานมาเก็บกู้|ขอให้มาทำความสะอาดผิวถนน|ขอให้ติดป้ายเตือนก่อน]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_shop_goods_back_next_day",
        category="service_issue",
        credibility="credible",
        voice="resident: the goods were cleared after the last ticket and were back the next day (no blame)",
        channels=_CITY,
        setting="city",
        text=(
            "[เคยแจ้งไปแล้ว|เรื่องเดิม|แจ้งรอบที่แล้ว] "
            "[แก้ไขแล้ว|มีเจ้าหน้าที่มาแล้ว|ร้านเก็บของไปแล้ว]"
            "[ วันรุ่งขึ้นเหมือนเดิม| ผ่านไปสองวันก็กลับมาวางอีก| ตอนนี้กลับมาเหมือนเดิม]"
            "[ (วางของเกะกะถนนมาก)| วางของเต็มทางเท้า| ตั้งโต๊ะบนทางเท้าอีกแล้ว] "
            + SOI
            + "[ อยากให้มีการตรวจเป็นระยะ| ขอให้มาดูอีกครั้ง| ฝากด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_taxi_at_stop_by_police_box",
        category="service_issue",
        credibility="credible",
        voice="commuter: taxis park at the bus stop beside a police box; the box is a landmark, no blame",
        channels=_CITY,
        setting="city",
        text=(
            "[รถแท็กซี่|รถตู้|รถสองแถว|มอไซค์รับจ้าง]จอด[แช่|รอผู้โดยสาร]"
            "[ที่ป้ายรถเมล์|ในช่องรถเมล์|ตรงป้ายรถเมล์]"
            "[ข้างป้อมตำรวจ|หน้าป้อม สน.{khet}|ตรงข้ามป้อมจราจร] " + ROAD + " "
            "[ทุกวัน|" + WINDOW + "] "
            "[รถเมล์จอดป้ายไม่ได้|คนต้องเดินออกไปขึ้นรถกลางถนน|รถติดท้ายยาว]"
            "[ รบกวนตรวจสอบ| ขอให้จัดระเบียบ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_u_turn_cut_in",
        category="service_issue",
        credibility="credible",
        voice="driver about a dangerous U-turn point, suggests a fix",
        channels=_CITY,
        setting="city",
        text=(
            "[จุดกลับรถ|ช่องกลับรถ|จุดยูเทิร์น]"
            "[หน้า" + SOI + "|ใต้สะพาน" + ROAD + "|ก่อนถึงแยก{bkk_road}] "
            "[ช่วงเช้าเวลาเร่งด่วน|ช่วงเย็น|ทุกวัน] "
            "[รถยูเทิร์นแทรกเลนขวา|รถบรรทุกกลับรถขวางทั้งสามเลน|รถออกจากซอยตัดหน้ารถที่กลับรถ]"
            "[ ทำให้รถติดมาก| เกือบชนกันบ่อย| เกิดอุบัติเหตุไปแล้ว [2|3] ครั้ง] "
            "[อยากให้ติดกรวยกั้น|ขอให้ปิดจุดกลับรถช่วงเร่งด่วน|ขอให้ติดไฟเตือน|ขอตำรวจมาช่วยดูแลช่วงเร่งด่วน]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_wrong_way_motorbikes",
        category="service_issue",
        credibility="credible",
        voice="driver about motorbikes riding against traffic, asks for police",
        channels=_CITY,
        setting="city",
        text=(
            "[มอเตอร์ไซค์ขับย้อนศร|มอไซค์วิ่งสวนเลน|รถจักรยานยนต์ย้อนศร]"
            "[ตลอดเวลา|ทุกเช้า|ช่วงเลิกงาน] " + ROAD + " "
            "[ช่วง" + SOI + " ถึงจุดกลับรถ|ช่วงหน้าตลาด|ช่วงคู่ขนาน] "
            "[เกือบชนหลายครั้ง|อันตรายมาก|มีอุบัติเหตุบ่อย] "
            "[อยากให้ตำรวจมาตั้งจุดตรวจ|ขอให้ติดแบริเออร์กั้น|ขอให้มาจับ ไม่ให้ย้อนศรอีก]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_night_works_noise",
        category="service_issue",
        credibility="credible",
        voice="resident kept awake by road works at night, asks for the hours",
        channels=_CITY,
        setting="city",
        text=(
            "[เสียงดังจากการเจาะถนนยามวิกาล|งานซ่อมถนนตอนกลางคืนเสียงดังมาก|รถขุดทำงานตอนตีหนึ่ง]"
            "[ " + ROAD + " ช่วงหน้า" + SOI + "| " + SOI + "] "
            "[ทุกคืนช่วง [23.00-03.00|00.00-04.00] น.|มาเป็นอาทิตย์แล้ว|ติดต่อกันหลายคืน] "
            "[เข้าใจว่าต้องทำกลางคืนเพราะรถน้อย|] "
            "[ขอทราบว่างานจะเสร็จเมื่อไหร่|ขอให้เลี่ยงงานเจาะหลังเที่ยงคืน|รบกวนตรวจสอบระดับเสียง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_sports_court_broken",
        category="service_issue",
        credibility="credible",
        voice="youth who plays at a district sports court",
        channels=_CITY,
        setting="city",
        text=(
            "[สนามบาส|สนามฟุตซอล|สนามเทนนิส|ลานกีฬา]"
            "[ในศูนย์เยาวชน|ข้างชุมชน|ใต้ทางด่วน][ " + ROAD + "|] "
            "[พื้นแตกร้าว|แป้นบาสหัก|ตาข่ายขาด|ไฟสนามดับหมด|พื้นมีน้ำขังตะไคร่ลื่น] "
            "[เล่นแล้วเจ็บกันบ่อย|เด็กๆมาเล่นทุกเย็น|ใช้ไม่ได้มาหลายเดือน]"
            "[ รบกวนซ่อมด้วย| ขอให้ปรับปรุง|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_canal_walkway",
        category="service_issue",
        credibility="credible",
        voice="walker on a canal-side path",
        channels=_CITY,
        setting="city",
        text=(
            "ทางเดินเลียบคลอง[ติดสะพานข้ามคลองตรง" + SOI + "|หลังชุมชน" + SOI + "|ช่วงท่าเรือ]"
            "[ พื้นปูนแตกเป็นรู| ไม่มีไฟเลยตอนกลางคืน| ราวกันตกหลุดหายไปช่วงนึง| มีน้ำท่วมทางเดิน| ต้นไม้รกจนเดินไม่ได้]"
            "[ อันตรายมาก| เด็กเดินไปโรงเรียนทุกวัน| เกือบตกคลอง|]"
            "[ รบกวนด้วย| ขอให้มาดูแล|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_loud_exhaust_nights",
        category="service_issue",
        credibility="credible",
        voice="resident about modified exhausts revving in the soi at night",
        channels=_CITY,
        setting="city",
        text=(
            "[มอไซค์ท่อดัง|รถแต่งท่อเสียงดัง|รถซิ่ง]"
            "[วิ่งเข้าออก|ขับวน|มาเร่งเครื่อง]" + SOI + " "
            "[ตอนดึก|หลังเที่ยงคืน|ทุกคืน][ทุกวัน|เกือบทุกวัน|] "
            "[ตื่นทั้งบ้าน|เด็กสะดุ้งตื่น|คนแก่นอนไม่ได้] "
            "[อยากให้มาตรวจวัดเสียง|ขอตำรวจมาตรวจตรา|อยากให้ติดป้ายห้ามใช้เสียงดัง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_long_operator_summary_noise",
        category="service_issue",
        credibility="credible",
        voice="operator summarising a long call about a noisy workshop, several points, nothing against officials",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า[บ้านเลขที่ " + HOUSE_NO + "|อาคารพาณิชย์ข้างบ้านผู้ร้อง|โกดังท้ายซอย] " + SOI + " แขวง{khwaeng} "
            "ประกอบกิจการ[คัดแยกขยะรีไซเคิล|ซ่อมเครื่องยนต์|ทำเฟอร์นิเจอร์เหล็ก] "
            "1.[มีเสียงดังจากการเคาะและโยนของ|มีเสียงเครื่องจักรดัง|มีเสียงเจียเหล็ก]"
            "ตั้งแต่เวลา [06.00|07.00] น. ถึง [20.00|21.00] น. "
            "2.[มีกลิ่นเหม็นและแมลงวันจำนวนมาก|มีฝุ่นและเศษวัสดุปลิวเข้าบ้าน|มีรถบรรทุกจอดขนของกีดขวางทางเข้าออก] "
            "[3.ผู้ร้องเคยพูดคุยกับผู้ประกอบการแล้วแต่ไม่มีการปรับปรุง |]"
            "ขอให้สำนักงานเขต{khet}เข้าตรวจสอบ[ว่าได้รับอนุญาตประกอบกิจการหรือไม่|และแนะนำผู้ประกอบการให้ปรับปรุง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_heavy_trucks_banned_hours",
        category="service_issue",
        credibility="credible",
        voice="resident: heavy trucks run in banned hours; the trucks, the sign, the hours, no word about officials",
        channels=_CITY,
        setting="city",
        text=(
            "[รถบรรทุกดิน|รถบรรทุกสิบล้อ|รถพ่วง|รถขนปูน]"
            "[วิ่งช่วงเวลาห้าม|วิ่งตอนกลางวันทั้งที่ห้าม|วิ่งเข้าซอยทั้งที่มีป้ายห้ามรถหนัก|จอดแช่ในที่ห้ามจอด]"
            "[ " + ROAD + "| " + SOI + "] "
            "[ทุกวันช่วง [06.00-09.00|16.00-20.00] น.|ชั่วโมงเร่งด่วน เป็นทุกวัน|ทั้งวัน] "
            "[เศษดินเศษปูนหล่นเต็มถนน|ถนนในซอยทรุดเป็นแอ่ง|บ้านสั่นทุกครั้งที่วิ่งผ่าน|รถติดยาว]"
            "[ " + PHOTO + "|]"
            "[ ขอให้ตรวจสอบ| รบกวนดำเนินการ| อยากให้ติดป้ายห้ามให้ชัดกว่านี้|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_no_bins_in_soi",
        category="service_issue",
        credibility="credible",
        voice="resident asking for public bins, terse",
        channels=_CITY,
        setting="city",
        text=(
            "[ในซอยไม่มีถังขยะเลย|ถังขยะปากซอยหายไป|ถังขยะแตกใช้ไม่ได้|ถังขยะไม่พอ ล้นทุกวัน] " + SOI + " "
            "[คนเลยเอาถุงขยะมากองไว้ที่เสาไฟ|หมาคุ้ยถุงขยะกระจายเต็มถนน|ขยะปลิวลงท่อ] "
            "[ขอถังขยะเพิ่ม[ 2| 3] ใบ|ขอให้เขตมาวางถังขยะใหม่|ขอถังแยกขยะด้วย]"
            "[ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_footpath_unwalkable",
        category="service_issue",
        credibility="credible",
        voice="pedestrian who cannot use a footpath for a physical reason",
        channels=_CITY,
        setting="city",
        text=(
            "ทางเท้า[เดินไม่ได้|ใช้ไม่ได้|เดินไม่สะดวก]"
            "[เพราะแผ่นปูนกระดกทั้งแนว|เพราะรากต้นไม้ดันจนพื้นแตก|เพราะมีเสาไฟกับตู้สายสื่อสารตั้งกลางทาง"
            "|เพราะแคบมากแค่คนเดียวก็เดินไม่ได้|เพราะมีเหล็กเส้นโผล่ขึ้นมา] "
            "[" + ROAD + " ช่วงหน้า" + SOI + "|" + SOI + "|" + ROAD + " ฝั่งขาเข้า] "
            "[คนแก่กับรถเข็นต้องลงไปเดินบนถนน|คนเดินต้องเบียดลงถนน|เด็กนักเรียนเดินลำบาก] "
            "[ขอให้ปรับปรุงทางเท้า|รบกวนซ่อมแซมด้วย|ขอให้ย้ายสิ่งกีดขวางออก]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_no_crossing_school",
        category="service_issue",
        credibility="credible",
        voice="parent asking for a crossing where there is none",
        channels=_CITY,
        setting="city",
        text=(
            "[หน้าโรงเรียน|หน้าตลาด|หน้าวัด|หน้าโรงพยาบาล] " + ROAD + " "
            "[ไม่มีทางม้าลาย|ไม่มีสัญญาณไฟคนข้าม|ไม่มีสะพานลอย][เลย|]"
            "[ คนข้ามถนนต้องวิ่งข้าม| รถวิ่งเร็วมากไม่มีใครหยุดให้| มีคนโดนชนไปแล้ว] "
            "[ขอให้ตีเส้นทางม้าลายพร้อมไฟกะพริบ|ขอติดสัญญาณไฟคนข้ามแบบกดปุ่ม|อยากให้มีทางข้ามที่ปลอดภัย]"
            "[ด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_status_still_waiting",
        category="service_issue",
        credibility="credible",
        voice="reporter whose ticket still shows 'waiting to be accepted'; slow, no allegation",
        channels=_CITY,
        setting="city",
        text=(
            "[เรื่อง[สะพานลอย|ฝาท่อ|ไฟทาง|ต้นไม้ล้ม]ที่แจ้งไว้|เรื่อง " + REF + "]"
            "[ สถานะยังขึ้นว่ารอรับเรื่อง| ยังไม่มีหน่วยงานรับเรื่อง| ยังไม่ได้ส่งต่อหน่วยงาน]"
            "[มาจะเดือนนึงแล้ว|มาสองอาทิตย์แล้ว|ตั้งแต่ต้นเดือน] "
            "[ไม่ทราบว่าต้องแจ้งใหม่ไหม|ต้องเลือกประเภทเรื่องใหม่หรือเปล่า|รบกวนช่วยส่งต่อให้ด้วย]"
            "[ " + SOI + "|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_missed_callback_from_khet",
        category="service_issue",
        credibility="credible",
        voice="reporter who missed the district officer's call and asks how to call back",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เจ้าหน้าที่เขต{khet}|เจ้าหน้าที่|ทางเขต]โทรมา[ขอข้อมูลเพิ่ม|สอบถามจุดเกิดเหตุ]"
            "[เรื่อง[ท่อตัน|ต้นไม้พาดสายไฟ|ร้านค้าวางของบนทางเท้า]|ตามเรื่องที่แจ้งไว้]"
            "[ แต่ไม่ได้รับสาย| แต่ตอนนั้นอยู่ในที่ประชุม| แต่สายหลุด] "
            "[ไม่ทราบว่าต้องโทรกลับเบอร์ไหน|จุดเกิดเหตุคือ" + SPOT + " " + SOI + "|ขอให้โทรมาใหม่ช่วงเย็นได้ไหม]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_soi_sign_missing",
        category="service_issue",
        credibility="credible",
        voice="driver who cannot find a soi because its sign is gone",
        channels=_CITY,
        setting="city",
        text=(
            "[ป้ายชื่อซอยหาย|ป้ายบอกซอยล้ม|ไม่มีป้ายชื่อซอย|ป้ายซอยโดนต้นไม้บังหมด]"
            "[ " + SOI + "| " + SOI + " แขวง{khwaeng}] "
            "[รถพยาบาลหาบ้านไม่เจอ|ไรเดอร์ส่งของหาไม่เจอ|คนมาหาเลยซอยทุกครั้ง] "
            "[ขอป้ายใหม่|รบกวนมาติดป้ายใหม่|ขอให้ตัดกิ่งที่บังป้าย]"
            "[ด้วย|]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous: a header, a gripe, nothing to act on
    Frame(
        id="service_issue.frivolous.real_topic_header_only",
        category="service_issue",
        credibility="frivolous",
        voice="ticket that is only a topic word (a Traffy category name), no problem stated",
        channels=_CITY,
        setting="city",
        text=(
            "[เรื่อง |แจ้งเรื่อง |แจ้งปัญหา |]"
            "[ไฟฟ้าส่องสว่าง|ถนน|ท่อระบายน้ำ|ความสะอาด|ขยะ|ทางเท้า|จราจร|ต้นไม้|อื่นๆ|ร้องเรียน]"
            "[|.|..| ตามรูป]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_dust_gripe",
        category="service_issue",
        credibility="frivolous",
        voice="gripe about the city's air with nothing to act on",
        channels=_CITY,
        setting="city",
        text=(
            "[ฝุ่นมาอีกแล้ว|ฝุ่น PM2.5 อีกแล้ว|อากาศแย่มาก|ควันรถเต็มเมือง]"
            "[ หายใจไม่ออก| แสบจมูกทุกวัน| ออกจากบ้านไม่ได้|]"
            "[ จะทำอะไรกันบ้างไหม| เมื่อไหร่จะดีขึ้น| เบื่อ|]"
            "[|...|!!]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_followup_no_ref",
        category="service_issue",
        credibility="frivolous",
        voice="follow-up with no reference, no place, no problem named",
        channels=_CITY,
        setting="city",
        text=(
            "[ตามเรื่องที่แจ้งไว้|ตามเรื่องเดิม|เรื่องที่แจ้งไปแล้ว|แจ้งไปแล้วตามข้างต้น]"
            "[ ยังไม่มีอะไรคืบหน้า| ยังเหมือนเดิม| ได้เรื่องยัง| ถึงไหนแล้ว|]"
            "[|??| ครับ| ค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_why_always_flood_vague",
        category="service_issue",
        credibility="frivolous",
        voice="rhetorical question about the whole city, no place",
        channels=_CITY,
        setting="city",
        text=(
            "[ทำไมฝนตกทีไรน้ำท่วมทุกที|ทำไมรถติดทุกวัน|ทำไมถนนกรุงเทพขุดไม่เสร็จสักที|ทำไมฟุตบาทเดินไม่ได้สักที]"
            "[ เมื่อไหร่จะแก้ได้| ปีไหนจะดีขึ้น| อยู่กันยังไง|]"
            "[?|??|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_hot_no_trees_gripe",
        category="service_issue",
        credibility="frivolous",
        voice="vague wish about heat and shade, no place",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้อนมาก|ร้อนจะตายอยู่แล้ว|แดดแรงมาก]"
            "[ ต้นไม้ก็ไม่มี| ไม่มีที่ร่มให้เดิน| เดินไปไหนก็ไม่ได้]"
            "[ ช่วยทำอะไรหน่อย| อยากให้เมืองน่าอยู่กว่านี้| ฝากด้วย|]"
        ),
    ),
]
