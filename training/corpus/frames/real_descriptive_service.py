"""Descriptive Traffy tickets about the problem itself (``service_issue``), in the connective real register.

Written after reading real Bangkok tickets (never copied). Real service tickets are rarely a bare noun phrase:
they say where (บริเวณหน้าปากซอย, ตรงข้ามตลาด, ช่วงระหว่างซอยหนึ่งถึงอีกซอย), what is wrong (ชำรุด, ทรุด,
น้ำท่วมขัง, ไฟดับ, ท่ออุดตัน, สายไฟห้อย), since when or at what time (ตั้งแต่..., ช่วงเวลา...), and what it does
to people (ทำให้รถติดและเดินทางลำบาก, เป็นอันตรายต่อ...), then ask the office that does the work. The frames
here are written whole in that register, with the connectives (และ, ทำให้, เวลา, ทาง, การ, บริเวณ) real
writers use and few of the marks our older frames overuse (ขอให้, ด้วย, "!!", "..", ซ./ถ. abbreviations).

Several mention the office, "เจ้าหน้าที่" or an earlier report and allege no act or omission (LABELS.md rule 3:
slow is not wrongdoing; a request to an office is not an accusation): those are marked
``hard="service_official"``. A few are frivolous: a complaint with no place or nothing anyone can act on.
The constants are shared with :mod:`real_omission` and :mod:`real_misconduct_other`, whose allegation frames
use the same places and effects so that only the alleging clause tells the labels apart.
"""

from training.corpus.frames.base import Frame

_CITY = ("web_form", "line_chat")
# A closing particle on about four tickets in ten (the generator makes it agree with the reporter). Unlike
# real_service_terse.POLITE it never starts with a space: the request before it is often optional, and the text
# before that already ends in one.
POLITE = "[ครับ|ค่ะ|ครับ|ค่ะ||||||]"

# Places spelled out as real tickets write them (no ซ./ถ. abbreviations: the generator adds its own).
SOI_N = "[4|6|9|11|13|16|19|23|28|33|36|41|45|52|58|63|69|74|81|95|103]"
SOI = "[ซอย{bkk_road} " + SOI_N + "|ซอย{bkk_road}" + SOI_N + "|{bkk_road} " + SOI_N + "]"
ROAD = "ถนน{bkk_road}"
# Where on the street: a landmark as real writers give it.
NEAR = (
    "[หน้าปากซอย|ปากซอย|ตรงข้ามตลาด|หน้าโรงเรียน|หน้าร้านสะดวกซื้อ|ใกล้ป้ายรถเมล์|ใต้สะพานข้ามแยก"
    "|ทางเข้าหมู่บ้าน|ริมคลองฝั่งชุมชน|หน้าวัด|ก่อนถึงสะพานข้ามคลอง|หน้าอาคารพาณิชย์|ทางออกสถานีรถไฟฟ้า"
    "|ข้างปั๊มน้ำมัน|หน้าคลินิก|ตรงทางโค้ง]"
)
AT = "[บริเวณ|บริเวณ|บริเวณ|แถว|]" + NEAR
# The street the landmark is on, with or without แขวง/เขต.
ON = (
    "["
    + SOI
    + "|"
    + ROAD
    + "|"
    + SOI
    + "|"
    + ROAD
    + "|"
    + SOI
    + " แขวง{khwaeng} เขต{khet}|"
    + ROAD
    + " เขต{khet}]"
)
BETWEEN = (
    "[ตั้งแต่ปากซอยไปจนถึงทางเข้าวัด|ช่วงระหว่างสามแยกถึงสะพาน|จากหน้าตลาดไปถึงหน้าโรงเรียน"
    "|ตลอดแนวกลางซอยไปจนถึงท้ายซอย|จากหน้าชุมชนไปถึงทางเข้าหมู่บ้าน|หลายจุดตลอดแนว]"
)
SINCE = (
    "[ตั้งแต่ต้นเดือน|ตั้งแต่ช่วงต้นหน้าฝน|มาประมาณสองสัปดาห์แล้ว|มาเกือบเดือนแล้ว|ตั้งแต่สัปดาห์ที่แล้ว"
    "|มาหลายวันแล้ว|ตั้งแต่เมื่อวานเย็น|มาราวสิบวัน]"
)
EFFECT_TRAFFIC = (
    "[ทำให้รถติดและเดินทางลำบาก|ทำให้รถติดสะสมยาวไปถึงแยก|ทำให้รถต้องเบี่ยงออกไปเลนขวา"
    "|ทำให้การจราจรติดขัดในชั่วโมงเร่งด่วน|ทำให้รถจักรยานยนต์เสียหลักได้ง่าย]"
)
EFFECT_WALK = (
    "[ทำให้คนเดินเท้าต้องลงไปเดินบนถนน|เป็นอันตรายต่อผู้สูงอายุและเด็กที่เดินผ่าน|ทำให้คนเดินสะดุดหกล้มมาแล้วหลายคน"
    "|ทำให้ผู้ที่ใช้รถเข็นผ่านไม่ได้|เป็นอันตรายต่อคนที่เดินกลับบ้านเวลากลางคืน]"
)
# Closing requests addressed to an office, without "ขอให้ ... ด้วย" on every one.
ASK = (
    "[รบกวนเจ้าหน้าที่ลงพื้นที่ตรวจสอบ|รบกวนสำนักงานเขต{khet}ตรวจสอบและแก้ไข|รบกวนดำเนินการแก้ไขเพื่อความปลอดภัย"
    "|อยากให้เข้ามาดูแลจุดนี้|รบกวนหน่วยงานที่เกี่ยวข้องแก้ไขให้หน่อย|ช่วยดำเนินการแก้ไขให้ทีนะ"
    "|ขอให้ซ่อมแซมเพื่อป้องกันอุบัติเหตุ|จุดนี้อันตรายมาก รบกวนแก้ไขให้ที||]"
)
EARLIER = "[เคยแจ้งไปแล้วครั้งหนึ่ง|เคยแจ้งทาง Traffy ไปเมื่อเดือนก่อน|แจ้งเป็นครั้งที่สอง|เคยโทรแจ้ง 1555 ไปแล้ว]"

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ roads, footpaths, bridges
    Frame(
        id="service_issue.credible.real_desc_road_sunk_after_pipe",
        category="service_issue",
        credibility="credible",
        voice="resident describing a road that sank after pipe-laying, with the effect on traffic",
        channels=_CITY,
        setting="city",
        text=(
            "[ถนนทรุดเป็นแอ่งยาว|ผิวถนนทรุดตัวเป็นร่อง|ถนนยุบลงเป็นหลุมกว้าง] " + AT + " " + ON + " "
            "[หลังจากการขุดวางท่อประปาเสร็จ|ตั้งแต่มีการขุดวางท่อ|หลังจากมีการซ่อมท่อเมื่อเดือนก่อน] "
            "[เวลาฝนตกมีน้ำขังเต็มหลุม|ตอนกลางคืนมองไม่เห็นแอ่ง|รถบรรทุกผ่านแล้วหลุมยิ่งกว้างขึ้น] "
            + EFFECT_TRAFFIC
            + "[ และรถเล็กช่วงล่างกระแทก| และเคยมีมอเตอร์ไซค์ล้มแล้ว|] "
            + ASK
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_footpath_blocks_loose",
        category="service_issue",
        credibility="credible",
        voice="pedestrian describing loose footpath blocks and the splash when it rains",
        channels=_CITY,
        setting="city",
        text=(
            "[ทางเท้า|ฟุตบาท|พื้นทางเท้า]" + AT + " " + ON + " [ชำรุดเป็นช่วงยาว|ชำรุดหลายจุด|บล็อกหลุดและกระดกหลายแผ่น"
            "|แผ่นปูนแตกและยุบเป็นหลุม] "
            "[เวลาเหยียบน้ำที่ขังอยู่ใต้แผ่นจะกระเด็นขึ้นมาเปื้อนกางเกง|มีน้ำขังอยู่ใต้บล็อก"
            "|ตอนเช้ามีนักเรียนเดินผ่านเป็นจำนวนมาก] " + EFFECT_WALK + " " + ASK + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_bridge_joint_gap",
        category="service_issue",
        credibility="credible",
        voice="driver describing a widening joint on a canal bridge",
        channels=_CITY,
        setting="city",
        text=(
            "[รอยต่อสะพานข้ามคลอง|รอยต่อคอสะพาน|ขอบรอยต่อระหว่างถนนกับสะพาน]" + "[ใน" + SOI + "| " + ROAD + "]"
            " [ยุบเป็นร่องลึก|เหล็กรอยต่อโผล่ขึ้นมา|แตกและเป็นร่องกว้างขึ้นเรื่อยๆ] "
            "[เวลารถผ่านจะมีเสียงดังกระแทก|รถยนต์ต้องชะลอกะทันหันก่อนขึ้นสะพาน|มอเตอร์ไซค์ต้องหักหลบ] "
            + EFFECT_TRAFFIC
            + " [ขอให้สำนักการโยธาหรือทางเขตเข้ามาตรวจสอบความปลอดภัย|รบกวนตรวจสอบโครงสร้างก่อนเกิดอุบัติเหตุ"
            "|ขอความอนุเคราะห์ทางเขตประสานหน่วยงานที่ดูแลสะพาน||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_overpass_stair_rusted",
        category="service_issue",
        credibility="credible",
        voice="office worker describing a rusted footbridge stair",
        channels=_CITY,
        setting="city",
        text=(
            "สะพานลอยคนข้าม[หน้าโรงพยาบาล|หน้าตลาด|หน้าห้าง|ตรงข้ามโรงเรียน] " + ROAD + " "
            "[ขั้นบันไดเหล็กผุเป็นรู|ราวจับหลุดไปหนึ่งช่วง|แผ่นพื้นบนสะพานโยกเวลาเดิน] "
            "[มีคนใช้ข้ามเป็นจำนวนมากทั้งเช้าและเย็น|เป็นทางข้ามเดียวในช่วงนั้น|ผู้สูงอายุใช้ข้ามไปหาหมอ] "
            "[เกรงว่าจะเกิดอันตราย|กลัวว่าจะมีคนพลัดตก|ตอนกลางคืนไฟบนสะพานก็ดับ ยิ่งมองไม่เห็น] "
            "[รบกวนซ่อมแซมให้อยู่ในสภาพที่ปลอดภัย|รบกวนทางเขตตรวจสอบและซ่อมแซม|อยากให้เปลี่ยนขั้นบันไดใหม่||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_crosswalk_faded_school",
        category="service_issue",
        credibility="credible",
        voice="parent describing a faded zebra crossing at a school at pick-up time",
        channels=_CITY,
        setting="city",
        text=(
            "ทางม้าลาย[หน้าโรงเรียน|ตรงข้ามโรงเรียน|ทางเข้าโรงเรียน]" + "[ใน" + SOI + "| " + ROAD + "]"
            " [สีลอกจนแทบมองไม่เห็น|เส้นจางหายไปเกือบหมด|ไม่มีทั้งเส้นและป้ายเตือน] "
            "[ช่วงเวลาเลิกเรียนประมาณบ่ายสามโมง|ช่วงเช้าก่อนเข้าเรียน|ช่วงเวลาเข้าและเลิกเรียน]"
            "[ รถวิ่งเร็วและไม่ชะลอให้เด็กข้าม| มีเด็กและผู้ปกครองข้ามถนนเป็นจำนวนมาก| รถไม่ค่อยหยุดให้คนข้าม] "
            "[ขอทาสีทางม้าลายใหม่และติดป้ายเตือนเขตโรงเรียน|รบกวนทาสีใหม่และติดตั้งไฟกระพริบเตือน"
            "|ฝากทางเขตปรับปรุงทางข้ามให้ชัดเจน||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_road_wavy_after_patch",
        category="service_issue",
        credibility="credible",
        voice="motorcyclist describing a bumpy stretch of road",
        channels=_CITY,
        setting="city",
        text=(
            "ผิวถนน" + BETWEEN + " " + ON + " [เป็นลูกคลื่นตลอดแนว|ขรุขระและมีรอยปะหลายจุด|แตกเป็นร่องตามแนวยาว] "
            "[เวลาขับมอเตอร์ไซค์ผ่านต้องประคองรถ|รถที่ขับมาเร็วจะกระเด้ง|ช่วงฝนตกมีน้ำขังเป็นแอ่งตามร่อง] "
            + EFFECT_TRAFFIC
            + " [อยากให้ปรับปรุงผิวถนนใหม่ทั้งช่วง|รบกวนทางเขตพิจารณาปูผิวถนนใหม่|รบกวนดำเนินการซ่อมแซมผิวจราจร||]"
            + POLITE
        ),
    ),
    # ------------------------------------------------------------------ water, drains, canals
    Frame(
        id="service_issue.credible.real_desc_junction_floods_hours",
        category="service_issue",
        credibility="credible",
        voice="commuter describing a junction that floods for hours after rain",
        channels=_CITY,
        setting="city",
        text=(
            "[เวลาฝนตก|ทุกครั้งที่ฝนตกหนัก|ช่วงหน้าฝน]"
            "[น้ำท่วมขัง|มีน้ำท่วมขังสูงเกือบถึงฟุตบาท|น้ำท่วมขังเต็มผิวถนน] " + AT + " " + ON + " "
            "[กว่าน้ำจะระบายหมดใช้เวลาสามถึงสี่ชั่วโมง|น้ำระบายช้ามากจนถึงเช้า|น้ำไม่ลดจนกว่าฝนจะหยุดไปนาน] "
            + EFFECT_TRAFFIC
            + " [และน้ำเข้าร้านค้าริมถนน|และรถเล็กดับกลางน้ำ|และคนเดินต้องลุยน้ำ] "
            "[ขอให้สำนักการระบายน้ำมาตรวจสอบท่อบริเวณนี้|รบกวนลอกท่อระบายน้ำช่วงนี้|ขอความอนุเคราะห์ทางเขตเพิ่มการระบายน้ำบริเวณนี้||]"
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_drain_blocked_smell",
        category="service_issue",
        credibility="credible",
        voice="shop owner describing a blocked drain with stagnant black water",
        channels=_CITY,
        setting="city",
        text=(
            "[ท่อระบายน้ำ|รางระบายน้ำ|บ่อพักน้ำ]" + AT + " " + ON + " [อุดตัน|ตันและมีเศษขยะอุดอยู่|มีตะกอนอุดจนน้ำไม่ระบาย] "
            "[มีน้ำเน่าสีดำขังอยู่|น้ำขังนิ่งไม่ระบาย|น้ำเอ่อขึ้นมาบนถนนเวลาฝนตก] " + SINCE + " "
            "[ส่งกลิ่นเหม็นไปทั่ว|ทำให้มีกลิ่นเหม็นและยุงเยอะ|กลิ่นเหม็นเข้าไปถึงในร้าน] "
            "[ฝากทางเขตลอกท่อให้|อยากให้เจ้าหน้าที่มาดูดเลนในท่อ|ขอลอกท่อระบายน้ำช่วงนี้||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_canal_hyacinth",
        category="service_issue",
        credibility="credible",
        voice="resident by a canal describing water hyacinth and rubbish choking it",
        channels=_CITY,
        setting="city",
        text=(
            "[ผักตบชวา|วัชพืชและผักตบชวา|ผักตบและขยะลอยน้ำ]เต็มคลอง"
            + BETWEEN
            + " [เขต{khet}|แขวง{khwaeng} เขต{khet}] "
            "[จนมองไม่เห็นผิวน้ำ|ลอยติดกันเป็นแพ|ไปติดอยู่ที่ประตูระบายน้ำ] "
            "[ทำให้น้ำระบายไม่สะดวก|ทำให้น้ำเน่าและมีกลิ่น|ทำให้น้ำในซอยระบายลงคลองไม่ได้]"
            "[และมียุงเยอะ|และช่วงฝนตกน้ำเอ่อเข้าบ้านริมคลอง|] "
            "[รบกวนทางเขตจัดเรือมาเก็บผักตบ|ขอให้หน่วยงานที่ดูแลคลองเข้ามาจัดเก็บ|รบกวนดำเนินการเก็บวัชพืชในคลอง||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_water_main_leak",
        category="service_issue",
        credibility="credible",
        voice="resident describing a leaking water main and weak tap pressure",
        channels=_CITY,
        setting="city",
        text=(
            "[ท่อประปาแตก|ท่อประปารั่ว|มีน้ำประปาพุ่งออกมาจากพื้นถนน]" + AT + " " + ON + " " + SINCE + " "
            "[น้ำไหลนองถนนตลอดเวลา|น้ำไหลลงท่อทิ้งไปเปล่าๆ|ผิวถนนรอบๆ เริ่มยุบ] "
            "[และบ้านในซอยน้ำประปาไหลอ่อนมาก|ทำให้ถนนลื่นและมีตะไคร่|และช่วงเช้าน้ำไม่ไหลเลย] "
            "[รบกวนการประปานครหลวงเข้ามาซ่อม|อยากให้การประปาตรวจสอบจุดรั่ว|รบกวนประสานการประปาเข้ามาแก้ไข||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_manhole_rattles",
        category="service_issue",
        credibility="credible",
        voice="resident kept awake by a loose manhole cover",
        channels=_CITY,
        setting="city",
        text=(
            "ฝาท่อ[เหล็ก|]" + AT + " " + ON + " [หลวมและไม่ได้ระดับกับผิวถนน|วางไม่สนิทกับบ่อ|ขอบฝาแตก] "
            "[เวลารถวิ่งผ่านจะเกิดเสียงดังกระแทก|รถผ่านทีไรเสียงดังโครมคราม] "
            "[ตลอดทั้งคืน|โดยเฉพาะช่วงกลางคืนที่รถบรรทุกวิ่ง|ตั้งแต่เช้ามืด] "
            "[ทำให้คนในบ้านติดถนนนอนไม่ได้|รบกวนการพักผ่อนของคนในชุมชน|และเกรงว่าฝาจะหลุดจนรถตกหลุม] "
            "[ฝากทางเขตยึดฝาท่อให้แน่น|ขอเปลี่ยนฝาท่อใหม่|ขอปรับระดับฝาท่อ||]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ lights, cables, trees
    Frame(
        id="service_issue.credible.real_desc_lights_out_stretch",
        category="service_issue",
        credibility="credible",
        voice="resident walking home describing a dark stretch of several lights",
        channels=_CITY,
        setting="city",
        text=(
            "ไฟส่องสว่าง[ดับหลายต้น|ดับ [3|4|5] ต้น|ดับเกือบทั้งแนว]"
            + BETWEEN
            + " "
            + ON
            + " "
            + SINCE
            + " [ทำให้ถนนมืดสนิทในเวลากลางคืน|ทำให้ช่วงหัวค่ำมองไม่เห็นทาง|ทำให้คนไม่กล้าเดินผ่าน] "
            "[และเป็นทางที่คนทำงานกะดึกใช้เดินกลับบ้าน|เคยมีเหตุวิ่งราวกระเป๋าแถวนี้|มีนักเรียนเดินกลับบ้านช่วงค่ำ] "
            "[รบกวนเปลี่ยนหลอดไฟด้วย|อยากให้ทางเขตส่งช่างมาซ่อม|รบกวนตรวจสอบระบบไฟทางช่วงนี้||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_cables_sagging_trucks",
        category="service_issue",
        credibility="credible",
        voice="shop owner describing sagging telecom cables hooked by trucks",
        channels=_CITY,
        setting="city",
        text=(
            "[สายสื่อสาร|สายไฟและสายสื่อสาร|สายเคเบิล]" + AT + " " + ON + " "
            "[ห้อยต่ำลงมาเกือบถึงหัว|หลุดจากเสาลงมาพาดทางเท้า|พันกันเป็นกระจุกห้อยลงมา] "
            "[รถบรรทุกที่วิ่งผ่านเกี่ยวสายจนเสาโยก|คนเดินต้องก้มหลบ|เวลาลมแรงสายแกว่งไปมา] "
            "[เป็นอันตรายต่อคนเดินเท้าและรถที่สัญจรไปมา|เกรงว่าจะเกิดไฟช็อต|เกรงว่าเสาจะล้ม] "
            "[รบกวนประสานการไฟฟ้านครหลวงและผู้ให้บริการสายสื่อสาร|อยากให้มาจัดระเบียบสาย|รบกวนทางเขตแจ้งเจ้าของสาย||]"
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_branches_over_wires",
        category="service_issue",
        credibility="credible",
        voice="resident describing big branches resting on power lines",
        channels=_CITY,
        setting="city",
        text=(
            "กิ่งไม้[ใหญ่|จากต้นฉำฉา|จากต้นไม้ริมถนน]" + AT + " " + ON + " "
            "[ยื่นไปพาดสายไฟแรงสูง|ขึ้นรกจนพันสายไฟ|แผ่กิ่งลงมาบังป้ายจราจร] "
            "[เวลาลมแรงมีประกายไฟ|ช่วงพายุเมื่อคืนกิ่งหักลงมาหนึ่งกิ่ง|ไฟตกบ่อยในช่วงนี้] "
            "[เป็นอันตรายต่อบ้านเรือนและคนที่เดินผ่าน|เกรงว่าจะเกิดไฟไหม้|ทำให้ไฟในซอยดับเป็นช่วงๆ] "
            "[รบกวนตัดแต่งกิ่งไม้|อยากให้ทางเขตประสานการไฟฟ้ามาตัดกิ่ง|ขอตัดกิ่งไม้ก่อนหน้าฝน||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_tree_fell_storm",
        category="service_issue",
        credibility="credible",
        voice="passer-by describing a tree fallen across a lane after last night's storm",
        channels=_CITY,
        setting="city",
        text=(
            "[หลังพายุเมื่อคืน|หลังฝนตกหนักเมื่อเช้า|ช่วงลมแรงเมื่อวานเย็น]"
            "[มีต้นไม้ใหญ่ล้ม|มีต้นไม้หักโค่น|กิ่งไม้ใหญ่หักลงมา] " + AT + " " + ON + " "
            "[ขวางช่องจราจรไปหนึ่งช่อง|ทับทางเท้าทั้งแนว|พาดรั้วบ้านและสายไฟ] "
            + EFFECT_TRAFFIC
            + " [รบกวนเจ้าหน้าที่มาตัดและเก็บออก|ขอให้ทางเขตส่งทีมมาเคลียร์|รบกวนจัดการให้เร็วที่สุด||]"
            + POLITE
        ),
    ),
    # ------------------------------------------------------------------ garbage, smell, smoke, animals
    Frame(
        id="service_issue.credible.real_desc_dumping_empty_lot",
        category="service_issue",
        credibility="credible",
        voice="neighbour describing rubbish dumped on an empty lot by passers-by",
        channels=_CITY,
        setting="city",
        text=(
            "[มีการนำขยะมาทิ้ง|มีคนขับรถมาทิ้งขยะ|มีขยะกองสะสม]"
            "[บนที่ดินว่าง|ริมรั้วที่ดินรกร้าง|ข้างกำแพงวัด] " + AT + " " + ON + " "
            "[เป็นประจำในช่วงเวลากลางคืน|มาหลายเดือน|ทั้งถุงขยะและเศษเฟอร์นิเจอร์] "
            "[สุนัขมาคุ้ยจนขยะกระจายลงถนน|ส่งกลิ่นเหม็นและมีแมลงวันเยอะ|ทำให้ทางเท้าแคบและสกปรก] "
            "[อยากให้ทางเขตเก็บขนและติดป้ายห้ามทิ้ง|รบกวนเก็บขยะและวางถังขยะให้|ขอเจ้าหน้าที่เข้ามาเก็บกวาด||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_garbage_skipped_days",
        category="service_issue",
        credibility="credible",
        voice="resident: the garbage truck has skipped the soi for several days; no blame (rule 3)",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[รถเก็บขยะไม่ได้เข้ามาเก็บ|ขยะไม่ได้ถูกเก็บ|ยังไม่มีรถขยะเข้ามา]" + "[ใน" + SOI + "|ที่" + ON + "]"
            " [มา [3|4|5] วันแล้ว|ตั้งแต่วันจันทร์|ตั้งแต่ช่วงวันหยุดยาว]"
            "[ ปกติจะเข้ามาเก็บสัปดาห์ละสองครั้ง| ปกติรถเข้าตอนเช้ามืด|] "
            "[ตอนนี้ถุงขยะล้นออกมาถึงถนน|ขยะเริ่มส่งกลิ่นและมีน้ำขยะไหล|หมาแมวคุ้ยจนกระจาย] "
            "[รบกวนฝ่ายรักษาความสะอาดเขต{khet}ส่งรถเข้ามาเก็บ|อยากทราบว่ามีการเปลี่ยนวันเก็บหรือไม่|ฝากเข้ามาเก็บให้หน่อย||]"
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_smoke_burning_rubbish",
        category="service_issue",
        credibility="credible",
        voice="resident describing smoke from rubbish burnt on a vacant plot in the evening",
        channels=_CITY,
        setting="city",
        text=(
            "[มีการเผาขยะ|มีคนเผาใบไม้และขยะ|มีการเผาสายไฟ]"
            "[ในที่ดินว่าง|หลังแนวตึกแถว|ริมคลอง] " + AT + " " + ON + " "
            "[เวลาประมาณหกโมงเย็นถึงสองทุ่ม|เกือบทุกเย็น|ช่วงเช้าวันหยุด] "
            "[ควันลอยเข้าบ้านจนต้องปิดหน้าต่าง|ทำให้เด็กและผู้สูงอายุในบ้านไอ|กลิ่นเหม็นไหม้ไปทั้งซอย] "
            "[รบกวนเจ้าหน้าที่เขตเข้ามาตรวจสอบและตักเตือน|ขอให้ฝ่ายสิ่งแวดล้อมเข้ามาดู|ฝากทางเขตตรวจสอบ||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_stray_dogs_school_route",
        category="service_issue",
        credibility="credible",
        voice="parent describing a pack of stray dogs on the route to school",
        channels=_CITY,
        setting="city",
        text=(
            "[มีสุนัขจรจัดรวมกลุ่มกัน|สุนัขจรจัดประมาณ [6|8|10] ตัวอยู่รวมกัน|หมาจรฝูงใหญ่]" + AT + " " + ON + " "
            "[ชอบวิ่งไล่คนที่ขี่จักรยานและมอเตอร์ไซค์|เห่าและไล่เด็กนักเรียนที่เดินผ่าน|นอนขวางทางเท้า] "
            "[ช่วงเช้าและช่วงเย็น |โดยเฉพาะเวลากลางคืน |]"
            "[เมื่อสัปดาห์ก่อนมีเด็กถูกกัด|มีคนขี่รถหลบจนล้ม|ทำให้คนไม่กล้าเดินผ่าน] "
            "[รบกวนทางเขตเข้ามาจับไปดูแล|อยากให้หน่วยงานที่ดูแลสัตว์จรจัดมาช่วย|ขอให้ช่วยประสานมาจับสุนัขไปทำหมัน||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_dengue_fogging",
        category="service_issue",
        credibility="credible",
        voice="resident asking for fogging after dengue cases in the community",
        channels=_CITY,
        setting="city",
        text=(
            "[ในชุมชน|ในหมู่บ้าน|ใน]" + "[" + SOI + "|ริมคลองเขต{khet}]" + " "
            "[มีผู้ป่วยไข้เลือดออก [2|3] ราย|มีเด็กป่วยเป็นไข้เลือดออก|มีคนป่วยไข้เลือดออกต่อกัน]"
            "[ในช่วงเดือนนี้|ในช่วงสองสัปดาห์ที่ผ่านมา|] "
            "[ยุงเยอะมากโดยเฉพาะเวลาหัวค่ำ|มีน้ำขังตามกระถางและยางรถเก่า|มีน้ำขังในท่อที่ตัน] "
            "[ขอให้ศูนย์บริการสาธารณสุขมาพ่นหมอกควันกำจัดยุง|ฝากทางเขตจัดเจ้าหน้าที่มาพ่นยุง"
            "|ขอทรายกำจัดลูกน้ำและพ่นยุงในชุมชน||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_construction_debris_dumped",
        category="service_issue",
        credibility="credible",
        voice="resident describing construction debris dumped under an expressway",
        channels=_CITY,
        setting="city",
        text=(
            "[มีเศษวัสดุก่อสร้าง|มีเศษอิฐเศษปูน|มีกองดินและเศษกระเบื้อง]ถูกนำมาทิ้ง"
            "[ใต้ทางด่วน|ริมคลอง|บนทางเท้า|ข้างถนน] " + AT + " " + ON + " "
            "[กองสูงเกือบถึงเข่า|กินพื้นที่ไปครึ่งทางเท้า|ทับแนวรางระบายน้ำ] "
            "[ทำให้น้ำระบายไม่ได้เวลาฝนตก|ทำให้คนเดินต้องลงไปเดินบนถนน|และมีฝุ่นฟุ้งเวลารถผ่าน] "
            "[รบกวนทางเขตเก็บขนออกไป|อยากให้เจ้าหน้าที่มาตรวจสอบและเก็บออก|รบกวนดำเนินการเก็บกวาด||]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ noise, dust, traffic equipment
    Frame(
        id="service_issue.credible.real_desc_site_noise_night",
        category="service_issue",
        credibility="credible",
        voice="resident kept awake by night work on a building site, asks the district to check the hours",
        channels=_CITY,
        setting="city",
        text=(
            "[มีเสียงดังจากการก่อสร้าง|ไซต์ก่อสร้างคอนโด|งานก่อสร้างอาคาร]" + AT + " " + ON + " "
            "[ตั้งแต่สี่ทุ่มไปจนถึงตีสอง|ทำงานต่อเนื่องจนดึก|เริ่มตอกเสาตั้งแต่ตีห้า] "
            "[ทั้งเสียงเครื่องจักรและเสียงรถขนปูน|เสียงเหล็กกระแทกกันดังมาก|มีเสียงรถโม่ปูนเข้าออก] "
            "[ทำให้คนในชุมชนนอนไม่หลับ|รบกวนการพักผ่อนของผู้สูงอายุและเด็กเล็ก|เป็นแบบนี้ติดต่อกันหลายคืน] "
            "[ฝากทางเขตตรวจสอบเวลาทำงานที่ได้รับอนุญาต|ขอให้เจ้าหน้าที่เข้ามาตรวจสอบ|รบกวนเขตประสานผู้รับเหมา||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_mud_from_site_trucks",
        category="service_issue",
        credibility="credible",
        voice="driver describing mud and dust dropped by trucks leaving a site",
        channels=_CITY,
        setting="city",
        text=(
            "[รถขนดินออกจากไซต์งาน|รถบรรทุกดินที่วิ่งเข้าออกโครงการ|รถขนวัสดุก่อสร้าง]" + AT + " " + ON + " "
            "[ทำดินและโคลนตกเรี่ยราดบนถนน|ล้อรถพาดินมาเลอะถนนเป็นทางยาว|ไม่ได้ปิดผ้าใบทำให้ทรายหล่นตามทาง] "
            "[เวลาฝนตกถนนลื่นมาก|ช่วงแดดออกฝุ่นฟุ้งเข้าบ้าน|มอเตอร์ไซค์ลื่นล้มไปแล้ว] "
            "[เป็นอันตรายต่อผู้ใช้รถใช้ถนน|ทำให้บ้านที่อยู่ริมถนนมีฝุ่นเต็มบ้าน] "
            "[รบกวนทางเขตตรวจสอบและแจ้งผู้รับเหมาให้ล้างล้อก่อนออก|อยากให้เจ้าหน้าที่เข้ามาดูแล|รบกวนประสานโครงการ||]"
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_signal_blinking",
        category="service_issue",
        credibility="credible",
        voice="commuter describing a traffic signal stuck on flashing amber",
        channels=_CITY,
        setting="city",
        text=(
            "สัญญาณไฟจราจร[ที่แยก{bkk_road}|ตรงสามแยกหน้าตลาด " + ROAD + "|ทางแยกเข้า" + SOI + "]"
            " [เป็นไฟกระพริบตลอด|ดับไปฝั่งหนึ่ง|ค้างเป็นไฟแดงนานผิดปกติ] " + SINCE + " "
            "[รถจากทุกฝั่งแย่งกันไป|รถเกือบชนกันหลายครั้ง|คนข้ามถนนไม่รู้ว่าจะข้ามตอนไหน] "
            + EFFECT_TRAFFIC
            + " [รบกวนหน่วยงานที่ดูแลสัญญาณไฟมาซ่อม|ขอให้ตรวจสอบระบบไฟจราจร|รบกวนประสานให้มาซ่อมแซม||]"
            + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_bus_shelter_roof",
        category="service_issue",
        credibility="credible",
        voice="bus rider describing a broken bus shelter",
        channels=_CITY,
        setting="city",
        text=(
            "ศาลาที่พักผู้โดยสาร[หน้าโรงพยาบาล|หน้าตลาด|ตรงข้ามห้าง|หน้าวัด] " + ROAD + " "
            "[หลังคารั่วและมีสนิม|ม้านั่งหักไปหนึ่งตัว|ป้ายบอกสายรถเมล์หลุดหาย|หลังคาหลุดไปครึ่งหนึ่ง] "
            "[เวลาฝนตกคนที่รอรถต้องยืนตากฝน|ผู้สูงอายุไม่มีที่นั่งรอ|ตอนกลางคืนไม่มีไฟ] "
            "[อยากให้ซ่อมแซมศาลาให้ใช้งานได้|ฝากทางเขตปรับปรุงที่พักผู้โดยสาร|ขอเปลี่ยนหลังคาใหม่||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_pole_leaning_after_crash",
        category="service_issue",
        credibility="credible",
        voice="shopkeeper describing an electricity pole leaning after a car hit it",
        channels=_CITY,
        setting="city",
        text=(
            "เสาไฟฟ้า" + AT + " " + ON + " [เอียงเข้าหาตึกแถว|เอียงออกมาทางถนน|ฐานแตกร้าว] "
            "[หลังจากมีรถชนเมื่อสัปดาห์ก่อน|หลังจากมีรถบรรทุกเฉี่ยว|ตั้งแต่พายุเข้า] "
            "[สายไฟตึงมากและดึงเสาต้นข้างๆ|ดูแล้วไม่มั่นคง|มีรอยร้าวที่โคนเสา] "
            "[เป็นอันตรายต่อคนที่เดินผ่านและร้านค้า|เกรงว่าเสาจะล้มทับรถ] "
            "[รบกวนการไฟฟ้านครหลวงมาตรวจสอบ|ขอให้ประสานการไฟฟ้ามาเปลี่ยนเสา|รบกวนแจ้งหน่วยงานที่ดูแลเสาไฟ||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_speeding_ask_bump",
        category="service_issue",
        credibility="credible",
        voice="resident describing cars speeding through a narrow soi, asks for speed bumps",
        channels=_CITY,
        setting="city",
        text=(
            "[รถยนต์และมอเตอร์ไซค์ใช้ซอยเป็นทางลัด|รถวิ่งเร็วมาก|รถขับผ่านด้วยความเร็วสูง]" + "[ใน" + SOI + "|ที่" + ON + "]"
            " [ช่วงเวลาเช้าและเย็น|โดยเฉพาะช่วงเวลาเร่งด่วน|ทั้งวัน] "
            "[ซอยแคบและมีเด็กเล่นหน้าบ้าน|มีผู้สูงอายุเดินข้ามไปตลาด|ทางโค้งกลางซอยมองไม่เห็นรถสวน] "
            "[เกือบเกิดอุบัติเหตุหลายครั้ง|เคยมีรถเฉี่ยวชนกันแล้ว] "
            "[อยากให้ทางเขตติดตั้งลูกระนาดชะลอความเร็ว|รบกวนพิจารณาติดป้ายจำกัดความเร็วและกระจกโค้ง"
            "|ขอทำแถบชะลอความเร็ว||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_park_toilet_broken",
        category="service_issue",
        credibility="credible",
        voice="regular park user describing broken toilets and play equipment",
        channels=_CITY,
        setting="city",
        text=(
            "[ในสวนสาธารณะ|ที่ลานกีฬาชุมชน|ในสวนหย่อม]" + "[ริม" + ROAD + "| เขต{khet}| ใกล้" + SOI + "]"
            " [ห้องน้ำชำรุดใช้การไม่ได้ [2|3] ห้อง ชักโครกตันและน้ำไม่ลง ทำให้ไม่ถูกสุขลักษณะ"
            "|เครื่องเล่นเด็กมีเหล็กหักแหลม เป็นอันตรายต่อเด็กที่มาเล่น"
            "|ไฟส่องสว่างดับไปครึ่งหนึ่ง ทำให้ช่วงค่ำมืดและเดินลำบาก|ลู่วิ่งแตกเป็นร่อง ทำให้คนวิ่งสะดุด] "
            "[มีคนมาออกกำลังกายเป็นจำนวนมากช่วงเย็น|คนในชุมชนใช้กันเป็นประจำ|ช่วงเช้ามีผู้สูงอายุมาเดิน] "
            "[รบกวนทางเขตซ่อมแซม|ขอให้ปรับปรุงให้ใช้งานได้|ขอเจ้าหน้าที่สวนตรวจสอบ||]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ the office in the ticket, no allegation
    Frame(
        id="service_issue.credible.real_desc_fixed_then_blocked_again",
        category="service_issue",
        credibility="credible",
        voice="resident: the crew cleared the drain last month, now new debris blocks it again; thanks, no blame",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            EARLIER
            + " [เรื่องท่อระบายน้ำตัน|เรื่องน้ำท่วมขังในซอย|เรื่องรางระบายน้ำอุดตัน]"
            + AT
            + " "
            + ON
            + " [เจ้าหน้าที่เขตเข้ามาลอกท่อให้แล้ว ขอบคุณมาก|ตอนนั้นเจ้าหน้าที่มาดูดเลนให้แล้ว|ทางเขตมาแก้ไขให้แล้วรอบหนึ่ง] "
            "[แต่ช่วงนี้มีเศษใบไม้และดินจากไซต์งานข้างๆ ไหลลงไปอุดอีก|แต่หลังฝนตกหนักสัปดาห์นี้กลับมาตันอีก"
            "|แต่มีร้านอาหารเทเศษอาหารลงท่อ ทำให้ตันอีกรอบ] "
            "[เวลาฝนตกน้ำท่วมขังหน้าบ้านอีกแล้ว|น้ำไม่ลงและมีกลิ่น] "
            "[รบกวนเข้ามาดูอีกครั้ง|ขอให้ลอกท่ออีกรอบ|อยากให้ช่วยดูแลอีกครั้ง||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_waiting_on_works_dept",
        category="service_issue",
        credibility="credible",
        voice="resident following up: the district said the job went to the works department; still waiting (rule 3)",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[ติดตามเรื่อง|สอบถามความคืบหน้าเรื่อง]"
            "[ทางเท้าทรุด|ถนนเป็นหลุม|ไฟทางดับ|ฝาท่อแตก]" + AT + " " + ON + " "
            "[ที่แจ้งไปเมื่อเดือนก่อน|ที่แจ้งไว้ตั้งแต่ต้นเดือน|ที่แจ้งไปเมื่อหลายสัปดาห์ก่อน] "
            "[ได้รับแจ้งว่าส่งเรื่องต่อให้สำนักการโยธาแล้ว|สถานะขึ้นว่าส่งต่อหน่วยงานที่รับผิดชอบ|เจ้าหน้าที่โทรมาแจ้งว่าต้องรอวัสดุ] "
            "[ตอนนี้ยังเหมือนเดิม|ยังไม่ได้ซ่อม|ยังไม่มีการเข้ามาทำ] "
            "[เข้าใจว่าต้องใช้เวลา แต่ช่วงนี้ฝนตกบ่อยทำให้อันตรายมากขึ้น|อยากทราบว่าจะเข้ามาดำเนินการช่วงไหน"
            "|รบกวนติดตามให้เพราะมีคนสะดุดล้มอีก]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_officer_measured_budget",
        category="service_issue",
        credibility="credible",
        voice="resident: an officer came and measured, said it needs a budget; asks to be kept informed",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เจ้าหน้าที่เขตเข้ามาดูและวัดพื้นที่แล้ว|เจ้าหน้าที่มาสำรวจแล้วเมื่อสัปดาห์ก่อน|ช่างของเขตมาดูหน้างานแล้ว]"
            " [เรื่องถนนทรุด|เรื่องท่อระบายน้ำที่แตกเป็นช่วงยาว|เรื่องทางเท้าที่ยุบ]" + BETWEEN + " " + ON + " "
            "[แจ้งว่าต้องของบประมาณปีหน้า|แจ้งว่าต้องจ้างผู้รับเหมาเพราะเป็นงานใหญ่|บอกว่าต้องรอแผนงานซ่อมของสำนักการโยธา] "
            "[ระหว่างนี้ขอให้นำป้ายเตือนหรือแผงกั้นมาวางไว้ก่อน|ระหว่างรอ อยากให้อุดหลุมชั่วคราวก่อน"
            "|รบกวนแจ้งความคืบหน้าเป็นระยะ] "
            "[เพราะมีรถล้มไปแล้ว|เพราะตอนกลางคืนมองไม่เห็น|]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_operator_tap_water_weak",
        category="service_issue",
        credibility="credible",
        voice="call-centre operator writing up a caller's report of weak tap water",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า[บ้านในซอย|บ้านหลายหลังใน|ชุมชนใน]" + SOI + " [แขวง{khwaeng} |]เขต{khet} "
            "[น้ำประปาไหลอ่อนมาก|น้ำประปาไม่ไหลในช่วงเช้า|น้ำประปาขุ่นมีตะกอน] " + SINCE + " "
            "[ทำให้ไม่มีน้ำใช้ในช่วงเวลาเช้า|ทำให้ต้องซื้อน้ำมาใช้|ทำให้ไม่สามารถใช้น้ำได้ตามปกติ] "
            "ผู้ร้อง[ขอให้ประสานการประปานครหลวงเข้ามาตรวจสอบ|ต้องการให้หน่วยงานที่เกี่ยวข้องตรวจสอบแรงดันน้ำ"
            "|ขอให้ช่วยประสานการประปาตรวจสอบท่อในซอย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_operator_footpath_second_call",
        category="service_issue",
        credibility="credible",
        voice="operator noting a caller's second report of a broken footpath, no allegation",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        hard="service_official",
        text=(
            "ผู้ร้องแจ้งว่าทางเท้า" + AT + " " + ROAD + " เขต{khet} "
            "[ชำรุดและทรุดเป็นหลุม|บล็อกหลุดหลายแผ่น|มีฝาบ่อพักแตก] "
            "[ผู้ร้องเคยแจ้งเรื่องนี้ไว้แล้วครั้งหนึ่ง|ผู้ร้องแจ้งเป็นครั้งที่สอง|ผู้ร้องเคยแจ้งทางแอปแล้ว] "
            "[ยังไม่ได้รับการแก้ไข|ยังอยู่ในสภาพเดิม] "
            "[ผู้ร้องเกรงว่าผู้สูงอายุจะสะดุดล้ม|ทำให้คนเดินต้องลงไปเดินบนถนน] "
            "ผู้ร้อง[ขอให้สำนักงานเขตตรวจสอบและซ่อมแซม|ขอให้เจ้าหน้าที่ลงพื้นที่อีกครั้ง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_female_walk_to_work",
        category="service_issue",
        credibility="credible",
        voice="young woman walking to work past a dark, flooded underpass",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ดิฉันเดินผ่าน|หนูเดินผ่าน|เดินผ่าน]"
            "[ทางลอดใต้สะพาน|ทางเดินใต้ทางด่วน|ทางเดินใต้สะพานข้ามแยก]" + "[ริม" + ROAD + "|ช่วงปาก" + SOI + "]"
            "[ ทุกเช้า| เป็นประจำ| เพื่อไปทำงาน] "
            "[ช่วงนี้มีน้ำขังและพื้นลื่นมาก|ไฟส่องทางดับทั้งแนว|มีน้ำหยดจากเพดานและมีตะไคร่เต็มพื้น] "
            "[ตอนเย็นกลับบ้านมืดจนน่ากลัว|เคยลื่นเกือบล้มแล้ว|คนเดินต้องเกาะผนัง] "
            "[รบกวนเจ้าหน้าที่ตรวจสอบและทำความสะอาดค่ะ|อยากให้ซ่อมไฟและระบายน้ำออกค่ะ|ฝากดูแลให้หน่อยนะคะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_male_rider_gravel",
        category="service_issue",
        credibility="credible",
        voice="male delivery rider describing loose gravel on a bend",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "[ผมขับมอเตอร์ไซค์ส่งของผ่าน|ขับไรเดอร์ผ่าน|ผมขี่รถผ่าน]" + "[ช่วงโค้ง" + ON + "|" + AT + " " + ON + "]"
            " [มีเศษหินและกรวดกระจายเต็มถนน|มีทรายกองอยู่กลางเลน|มีน้ำมันหกเป็นทางยาว] "
            "[หลังจากมีการซ่อมถนนเมื่อสัปดาห์ก่อน|ตั้งแต่เมื่อวาน|ไม่รู้ว่ามาจากไหน] "
            "[รถล้มไปแล้วหลายคันครับ|เกือบล้มเองครับ|เวลาเบรกรถจะไถล] "
            "[รบกวนมาเก็บกวาดครับ|ขอให้เขตส่งรถกวาดถนนมาครับ|ช่วยเคลียร์ผิวถนนครับ]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous: nothing to act on
    Frame(
        id="service_issue.frivolous.real_desc_no_place_everything",
        category="service_issue",
        credibility="frivolous",
        voice="writer listing every problem of the city with no place at all",
        channels=_CITY,
        setting="city",
        text=(
            "[ถนนก็พัง ไฟก็ดับ ท่อก็ตัน|ทางเท้าก็แตก น้ำก็ท่วม ขยะก็เยอะ|รถก็ติด ฝุ่นก็เยอะ น้ำก็ท่วม] "
            "[อยู่ที่นี่มาหลายปีไม่เห็นดีขึ้น|เป็นแบบนี้ไปทั่ว|ไม่รู้จะเริ่มแจ้งตรงไหน] "
            "[อยากให้เมืองดีกว่านี้|อยากให้ทุกอย่างเรียบร้อย|ปรับปรุงให้หมดเลย]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_desc_weather_heat",
        category="service_issue",
        credibility="frivolous",
        voice="writer complaining that the city is hot and asking the district to make it cooler",
        channels=_CITY,
        setting="city",
        text=(
            "[อากาศร้อนมาก|ช่วงนี้ร้อนจนเดินไม่ไหว|แดดแรงมากทุกวัน] "
            "[ทำให้เดินทางลำบากและเหนื่อย|ออกจากบ้านไม่ได้เลย] "
            "[อยากให้เขตทำให้อากาศเย็นลง|อยากให้กรุงเทพไม่ร้อนแบบนี้|ช่วยแก้ไขเรื่องความร้อนหน่อย]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_desc_photo_only_caption",
        category="service_issue",
        credibility="frivolous",
        voice="a caption meant for an attached photo, with no place and no problem named",
        channels=_CITY,
        setting="city",
        text=("[แบบนี้|ตามรูปเลย|ดูเอาเอง|เหมือนเดิม][ค่ะ|ครับ|] [ไม่รู้จะพูดยังไง|ก็เห็นอยู่|บอกไม่ถูก][ แก้ไขทีนะ| ช่วยดูหน่อย|]"),
    ),
    Frame(
        id="service_issue.frivolous.real_desc_rain_everything_no_place",
        category="service_issue",
        credibility="frivolous",
        voice="writer venting about rain, trains and motorbikes in general, no place or problem to fix",
        channels=_CITY,
        setting="city",
        text=(
            "[ฝนตกทีไรน้ำก็ไหลเข้าบ้าน|ฝนตกนิดเดียวน้ำก็ท่วม ระบายไม่ทัน|หน้าฝนทีไรเดินทางลำบากทุกที|ท่อระบายน้ำไม่เคยพอ น้ำไหลลงไม่ทัน] "
            "[รถไฟฟ้าก็แน่น มอไซค์ก็เยอะ|รถก็ติด ดินโคลนก็เต็มถนน|ป้ายรถเมล์ก็ไม่มีหลังคา] "
            "[ช่วงเวลาเลิกงานยิ่งแย่ |เป็นแบบนี้มาทั้งชีวิต |]"
            "[รบกวนแก้ไขให้ดีขึ้นหน่อย|รบกวนช่วยทำอะไรสักอย่าง|อยากให้ดีกว่านี้]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_desc_signs_shops_whole_city",
        category="service_issue",
        credibility="frivolous",
        voice="writer asking to tidy up every sign and shopfront in the city, nothing specific",
        channels=_CITY,
        setting="city",
        text=(
            "[ป้ายโฆษณาเยอะเกินไป|ป้ายหาเสียงเต็มเมือง|ป้ายร้านค้ารกไปหมด] "
            "[หน้าร้านก็วางของ|รถกระบะขายของก็จอดกันเต็ม|ทางเท้าก็ไม่เหลือ] "
            "[ดูไม่สวยงามเลย|ไม่เหมือนเมืองอื่น] [รบกวนจัดระเบียบทั้งกรุงเทพ|อยากให้ทำให้เป็นระเบียบทั้งเมือง]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ officials acted or were asked; no allegation (rule 3)
    Frame(
        id="service_issue.credible.real_desc_stalls_cleared_back_evening",
        category="service_issue",
        credibility="credible",
        voice="commuter: the tesakit cleared the stalls, they come back after dark; asks for an evening round, no blame",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เทศกิจมาจัดระเบียบแผงลอย|เจ้าหน้าที่เทศกิจมาให้ร้านค้าเก็บของ|เทศกิจเข้ามาจัดระเบียบทางเท้า] "
            + AT
            + " "
            + ROAD
            + " [เมื่อสัปดาห์ก่อนแล้ว|ไปเมื่อวันจันทร์|ช่วงเช้าแล้ว] "
            "[ขอบคุณมาก |ตอนกลางวันทางเท้าโล่งดี |]"
            "[แต่หลังหกโมงเย็นร้านก็กลับมาตั้งเต็มทางเท้าเหมือนเดิม|แต่ช่วงค่ำมีรถเข็นมาตั้งใหม่อีกหลายคัน] "
            "[ทำให้คนเดินต้องลงไปเดินบนถนนในเวลากลางคืน|ทางเท้าแคบจนเดินสวนกันไม่ได้] "
            "[อยากให้มีการตรวจช่วงเย็นเพิ่ม|รบกวนเข้ามาดูช่วงค่ำอีกครั้ง||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_warning_posted_cars_still",
        category="service_issue",
        credibility="credible",
        voice="resident: the district put up a no-parking notice, cars still park; asks what more can be done",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เขตติดป้ายห้ามจอดให้แล้ว|เจ้าหน้าที่มาทาสีขอบทางขาวแดงแล้ว|มีการติดป้ายเตือนห้ามจอดแล้ว]"
            + "[ที่ปากทาง|ตรงหัวมุม|หน้าทางเข้าออก]"
            + SOI
            + " [ขอบคุณที่ดำเนินการให้ |]"
            "[แต่ยังมีรถเก๋งและรถกระบะมาจอดเกือบทุกคืน|แต่ยังมีรถมาจอดแช่ตั้งแต่หัวค่ำ] "
            "[ทำให้รถในซอยเลี้ยวออกลำบากและมองไม่เห็นรถที่วิ่งมา|ทำให้รถพยาบาลและรถขยะเข้าซอยไม่ได้] "
            "[อยากทราบว่าสามารถให้ตำรวจมาตักเตือนหรือยกรถได้หรือไม่|รบกวนประสาน สน.{khet} พิจารณาเพิ่มเติม||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_footpath_parking_shophouses",
        category="service_issue",
        credibility="credible",
        voice="pedestrian describing cars and motorbikes parked on the footpath in front of a shophouse row",
        channels=_CITY,
        setting="city",
        text=(
            "[มีรถยนต์และมอเตอร์ไซค์จอดบนทางเท้า|รถมอเตอร์ไซค์จอดเรียงเต็มฟุตบาท|รถลูกค้าจอดคร่อมทางเท้า]"
            "[หน้าตึกแถว|หน้าร้านอาหาร|หน้าร้านซ่อมมือถือ] " + ON + " "
            "[ตั้งแต่เช้าจนถึงค่ำ|เป็นประจำ|โดยเฉพาะเวลาเที่ยง] "
            "[ทำให้คนเดินเท้าและคนที่เข็นรถเข็นต้องลงไปเดินบนถนน|ทำให้ทางเท้าแตกและทรุดเป็นหลุม|ทำให้ไม่มีทางเดินเลย] "
            "[อยากให้มีแผงกั้นหรือเสากันรถขึ้นทางเท้า|ขอป้ายห้ามจอดบนทางเท้าและหลักกันรถ||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_school_gate_double_parking",
        category="service_issue",
        credibility="credible",
        voice="commuter describing parents double-parking at a school gate at drop-off time",
        channels=_CITY,
        setting="city",
        text=(
            "[รถผู้ปกครองจอดซ้อนคัน|รถรับส่งนักเรียนจอดรอ|รถผู้ปกครองจอดส่งลูก]"
            "หน้าประตูโรงเรียน" + "[ใน" + SOI + "| " + ROAD + "]"
            " [ช่วงเวลาเจ็ดโมงถึงแปดโมงเช้า|ตอนเช้าก่อนเข้าเรียนและตอนบ่ายสามโมง|ช่วงรับส่งนักเรียน] "
            "[จอดกันสองแถวจนเหลือช่องจราจรเดียว|จอดทับป้ายรถเมล์และทางม้าลาย] "
            "[ทำให้รถติดยาวออกไปถึงถนนใหญ่|ทำให้รถเมล์เข้าป้ายไม่ได้และเด็กต้องเดินลงถนน] "
            "[อยากให้โรงเรียนและตำรวจจราจรช่วยกันจัดจุดรับส่งให้เป็นระเบียบ"
            "|ขอให้มีเจ้าหน้าที่มาช่วยจัดการจราจรในช่วงนั้น||]" + POLITE
        ),
    ),
    Frame(
        id="service_issue.credible.real_desc_forwarded_to_power_company",
        category="service_issue",
        credibility="credible",
        voice="resident whose ticket the district forwarded to the power company; still waiting, asks for follow-up",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เรื่องไฟส่องสว่างดับ|เรื่องเสาไฟที่มีสายไฟขาดห้อย|เรื่องหม้อแปลงมีเสียงดัง]" + AT + " " + ON + " "
            "[ทางเขตแจ้งว่าเป็นความรับผิดชอบของการไฟฟ้านครหลวงและส่งเรื่องต่อแล้ว|สถานะขึ้นว่าส่งต่อการไฟฟ้านครหลวงแล้ว] "
            "[ผ่านมาประมาณสองสัปดาห์ยังไม่มีใครมา|ตอนนี้ยังไม่ได้รับการแก้ไข] "
            "[เข้าใจว่าต้องรอคิว |]"
            "[รบกวนช่วยติดตามกับการไฟฟ้าให้หน่อย|อยากทราบว่าควรแจ้งการไฟฟ้าโดยตรงที่เบอร์ไหน||]" + POLITE
        ),
    ),
]
