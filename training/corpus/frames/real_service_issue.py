"""Real-register frames for ``service_issue``: the terse Traffy Fondue ticket about a city problem itself.

Written after reading real Bangkok tickets (never copied): a road, drain, light, garbage pile, flood, tree or
footpath, often with a soi, a road or a khet and a time window, and no act or omission of an official
alleged. Several are deliberate hard negatives for the guide's rule 3 (slow is not wrongdoing): the writer
reported weeks ago and nothing is fixed yet, and says nothing more. Others are rule 1's negative side: a
vendor or a parked car blocks the footpath and the ticket says no word about officials. Operator-written
tickets ("ผู้ร้องแจ้งว่า", the ``ปัญหา: ... เขต: ...#1555`` form of the call centre) are included.
"""

from training.corpus.frames.base import Frame

# A soi and the road it leaves: the same {bkk_road} slot twice keeps them coherent ("ซอยลาดพร้าว 64 ถนนลาดพร้าว").
SOI_N = "[3|5|7|9/1|12|15|18|22|24|26|31|39|42|48|50|55|64|71|77|88|101|107]"
SOI = "[ซอย{bkk_road} " + SOI_N + "|ซ.{bkk_road}" + SOI_N + "|{bkk_road} " + SOI_N + "]"
ROAD = "[ถนน{bkk_road}|ถ.{bkk_road}]"
LOC = (
    "["
    + SOI
    + "|"
    + ROAD
    + "|"
    + SOI
    + " เขต{khet}|"
    + ROAD
    + " เขต{khet}|"
    + SOI
    + " แขวง{khwaeng} เขต{khet}]"
)
SPOT = (
    "[ปากซอย|ท้ายซอย|หน้าเซเว่น|หน้าตลาด|ตรงป้ายรถเมล์|ใต้สะพานลอย|หน้าโรงเรียน|ทางลงสถานีรถไฟฟ้า|หน้าคอนโด|"
    "ข้างวัด|หน้าธนาคาร|ตรงทางม้าลาย|หน้าร้านก๋วยเตี๋ยว|ตรงทางโค้ง|หน้าหมู่บ้าน|หน้าอู่ซ่อมรถ|ข้างปั๊มน้ำมัน]"
)
HOUSE_NO = "[12|18/3|27|45/7|59|88|103/2|119|204|9/11|331|57/1]"
WEEKS = "[ 2 อาทิตย์| 3 อาทิตย์|สามอาทิตย์|เกือบเดือน|เดือนนึง|เดือนกว่า| 2 เดือน|สองเดือน]"

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ terse tickets, neutral voice
    Frame(
        id="service_issue.credible.real_terse_damage",
        category="service_issue",
        credibility="credible",
        voice="passer-by filing a one-line Traffy ticket from the phone",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ฝาท่อ[ชำรุด|แตก|ยุบ|หาย]|ฝาบ่อพัก[แตกร้าว|ทรุด]|ทางเท้า[แตก|ทรุด|ยุบเป็นหลุม]|"
            "ฟุตบาท[พัง|ทรุดตัว|อิฐหลุดหลายก้อน]|ราวกันตกริมคลอง[หัก|ล้มลงไปในคลอง]|"
            "ขั้นบันไดสะพานลอย[ผุ|หลุด]|ตะแกรงรางระบายน้ำ[หาย|หลุด]|ขอบทางเท้า[แตก|บิ่น]]"
            "[[ |.|][เสี่ยงอันตราย|อันตรายมาก|เกรงว่าจะเกิดอุบัติเหตุ|คนเดินสะดุดบ่อย|เคยมีคนเจ็บแล้ว|รถเข็นผ่านไม่ได้]|]"
            "[ " + SPOT + " " + LOC + "| " + LOC + "| " + SPOT + "|]"
            "[ รบกวนแก้ไขด้วย|.ช่วยมาดูด้วย| ขอให้ซ่อมแซม|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_streetlight_dark_soi",
        category="service_issue",
        credibility="credible",
        voice="resident walking home at night, short ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ไฟส่องสว่าง|ไฟทาง|ไฟถนน|ไฟฟ้าส่องสว่างสาธารณะ][ดับ|ไม่ติด|ติดๆดับๆ]"
            "[ [2|3|4|5] ดวง| หลายดวง| ทั้งซอย| ตลอดแนว|]"
            "[ " + SOI + "| " + LOC + "| " + SPOT + " " + SOI + "]"
            "[ มืดมาก| มืดทั้งช่วง| กลางคืนมืดสนิท]"
            "[ ผู้หญิงเดินกลับบ้านไม่กล้าเดิน| เปลี่ยวน่ากลัว| เคยมีคนโดนกระชากกระเป๋า| มอไซค์มองไม่เห็นหลุม|]"
            "[ รบกวนมาเปลี่ยนหลอดด้วย|..ช่วยแก้ไขด้วย| ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_light_slow_weeks_male",
        category="service_issue",
        credibility="credible",
        voice="man who reported a dark street weeks ago and is still waiting, no blame",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[แจ้งไปตั้งแต่ต้นเดือน|แจ้งไป" + WEEKS + "แล้ว|แจ้งไว้" + WEEKS + "แล้ว]ครับ "
            "[ไฟส่องสว่าง|ไฟทาง|ไฟบนสะพานลอย]" + "[ " + SPOT + "|] " + SOI + " "
            "[ยังดับอยู่|ยังไม่มีใครมาซ่อม|ยังไม่ได้รับการแก้ไข|ยังมืดเหมือนเดิม]ครับ"
            "[ เข้าใจว่าอาจจะมีงานเยอะ| ไม่ทราบว่าทำไมยังไม่มาซ่อม|]"
            "[ รบกวนเร่งให้หน่อยครับ| ฝากติดตามให้ด้วยครับ| ขอบคุณครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_pothole_followup_ref",
        category="service_issue",
        credibility="credible",
        voice="commuter following up his own earlier ticket by reference number",
        channels=("web_form",),
        setting="city",
        speaker="male",
        text=(
            "[อ้างอิงเรื่องเลขที่|ตามเรื่องเดิมเลขที่|เรื่องเดิม รหัส] 2024-[6|K|3|Q|B][M|F|7|D|R][X|2|N|H][P|9|T|5][A|L|8] "
            "[ครับ |]"
            "[ถนนยังเป็นหลุมเป็นบ่อเหมือนเดิม|หลุมที่ปะไว้ยุบลงไปอีกแล้ว|ซ่อมไปแล้วแต่ฝนตกทีเดียวก็พังกลับมา]"
            "[ " + ROAD + "| " + SOI + "] "
            "[ฝั่งขาเข้า |ฝั่งขาออก |เลนซ้ายสุด |ช่วงก่อนถึงแยก |]"
            "[รถเบรกกะทันหันเกือบชนกันหลายครั้ง|ยางรถผมแตกไปเส้นนึงแล้ว|มอไซค์ต้องหักหลบ][ครับ|]"
            "[ รบกวนซ่อมให้เรียบร้อยด้วยครับ| ขอให้ทำแบบถาวรครับ| ฝากท่านผู้ว่าด้วยครับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_drain_clogged_flood",
        category="service_issue",
        credibility="credible",
        voice="shop-house resident whose front floods every rain",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ท่อระบายน้ำอุดตัน|ท่อระบายน้ำตัน|รางระบายน้ำมีเศษดินอุด|ตะแกรงท่อมีขยะอุดเต็ม]"
            "[ หน้าบ้านเลขที่ " + HOUSE_NO + "| " + SPOT + "|] " + LOC + " "
            "[ฝนตกทีไรน้ำท่วมขังทุกครั้ง|ฝนตกแค่ครึ่งชั่วโมงน้ำก็ท่วมถึงหน้าบ้าน|น้ำไม่ลงเลย ขังเป็นวัน|น้ำเอ่อล้นขึ้นมาบนฟุตบาท]"
            "[ น้ำเน่าส่งกลิ่นเหม็น| ยุงเยอะมาก| รถวิ่งผ่านน้ำกระเด็นเข้าบ้าน|]"
            "[ ขอให้มาลอกท่อด้วย| รบกวนส่งรถมาดูดเลนด้วย| ช่วยดำเนินการด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_flood_week_female",
        category="service_issue",
        credibility="credible",
        voice="mother of a schoolchild, flooded lane for days",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "น้ำท่วมขัง" + "[ในซอย| " + SOI + " |ทางเข้าหมู่บ้าน " + SOI + " ]"
            "[มา|][เป็นอาทิตย์แล้ว|สี่ห้าวันแล้ว|ตั้งแต่ฝนตกวันเสาร์]ค่ะ ยังไม่ลด"
            "[ ระดับน้ำประมาณครึ่งแข้ง| น้ำสูงเกือบถึงเข่า| น้ำดำเหม็นมาก|] "
            "[เด็กนักเรียนเดินไปโรงเรียนลำบาก|คนแก่ออกจากบ้านไม่ได้|มอไซค์ดับกลางน้ำทุกวัน]"
            "[ค่ะ|] "
            "[รบกวนส่งเครื่องสูบน้ำมาช่วยด้วยค่ะ|อยากให้มาสูบน้ำออกค่ะ|ช่วยด้วยนะคะ|ฝากท่านผู้ว่าช่วยดูด้วยค่ะ]"
            "[ เขต{khet}|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_garbage_days_female",
        category="service_issue",
        credibility="credible",
        voice="woman in a townhouse lane, garbage piling up",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[รถขยะไม่มาเก็บ|ขยะไม่มีใครมาเก็บ|ยังไม่มีรถมาเก็บขยะ][ [3|4|5|6] วันแล้ว| หลายวันแล้ว| ตั้งแต่วันจันทร์]ค่ะ "
            "[ขยะล้นถังออกมากองบนถนน|ถุงขยะกองสูงเต็มหน้าเสาไฟ|หมาแมวมาคุ้ยกระจาย]"
            "[ เหม็นมาก| แมลงวันเต็มเลย| น้ำขยะไหลลงท่อ|]"
            " " + SOI + "[ " + SPOT + "|]"
            "[ รบกวนมาเก็บด้วยนะคะ| ช่วยส่งรถมาด่วนค่ะ| ขอบคุณค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_dumped_waste_lot",
        category="service_issue",
        credibility="credible",
        voice="neighbour of an empty plot used as a dump",
        channels=("web_form",),
        setting="city",
        text=(
            "มีคนลักลอบ[ทิ้งขยะ|เอาเศษวัสดุก่อสร้างมาทิ้ง|ทิ้งที่นอนเก่ากับเฟอร์นิเจอร์]"
            "[ที่ที่ดินว่าง|ริมรั้วที่ดินเปล่า|ข้างกำแพงวัด|ใต้ทางด่วน]"
            "[ท้ายซอย |ตรงโค้ง |ติดคลอง |]" + SOI + " "
            "[ส่วนใหญ่มาทิ้งตอนกลางคืน|เห็นรถกระบะมาทิ้งช่วงตีหนึ่งตีสอง|ทิ้งกันทุกวัน]"
            "[ ตอนนี้กองสูงเป็นภูเขาแล้ว| มีหนูกับงูออกมา| เคยมีคนเผาควันเข้าบ้าน|]"
            "[ ขอให้มาเก็บและติดป้ายห้ามทิ้ง| อยากให้ติดกล้องด้วย| รบกวนดำเนินการ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_tree_branches_wires",
        category="service_issue",
        credibility="credible",
        voice="house owner worried about branches on power lines",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[กิ่งไม้|ต้นไม้ริมทาง|ต้นไม้ใหญ่หน้าบ้าน][พาดสายไฟ|พันสายไฟ|เกี่ยวสายสื่อสาร]"
            "[ " + SPOT + "|] " + LOC + " "
            "[ลมแรงทีไรไฟตก|ฝนตกมีประกายไฟ|กลัวหักลงมาทับรถ|กิ่งบังไฟถนนจนมืด]"
            "[ ขอให้มาตัดแต่งกิ่ง| รบกวนตัดกิ่งออกด้วย| ช่วยดูให้หน่อย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_branches_left_after_cut",
        category="service_issue",
        credibility="credible",
        voice="resident annoyed that cut branches still lie on the footpath, no blame beyond that",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="service_official",
        speaker="female",
        text=(
            "[มีหน่วยงานมาตัดต้นไม้|มีคนมาตัดกิ่งไม้]ตั้งแต่[เมื่อวาน|เช้าวานซืน|วันจันทร์] "
            "[กองกิ่งไว้บนทางเท้า|กองไว้ปากซอย|ทิ้งไว้ข้างถนน]ยังไม่มีใครมาเก็บค่ะ "
            "[คนเดินต้องลงไปเดินบนถนน|รถเข้าออกซอยลำบาก|บังทางเข้าบ้าน]"
            "[ " + SOI + "|]"
            "[ รบกวนมาเก็บด้วยนะคะ| ช่วยเก็บให้หน่อยค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_cables_hanging",
        category="service_issue",
        credibility="credible",
        voice="pick-up driver who snagged low cables",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "สายสื่อสาร[หลุดห้อย|ห้อยต่ำ|ขาดพาดลงมากลางถนน|รกรุงรังหย่อนลงมา]"
            "[ " + SPOT + "|] " + SOI + " "
            "[รถสูงผ่านเกี่ยวทุกวัน|รถบรรทุกเกี่ยวเสาเอียงแล้ว|เดินผ่านต้องก้มหัว|ลมพัดแกว่งไปมา]"
            "[ ไม่รู้ว่าสายของใคร| ไม่แน่ใจว่าเป็นสายไฟหรือสายเน็ต|]"
            "[ รบกวนประสานหน่วยงานที่เกี่ยวข้องด้วย| ช่วยมาเก็บสายด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_stray_dogs_female",
        category="service_issue",
        credibility="credible",
        voice="woman who walks to the BTS every morning",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[สุนัขจรจัด|หมาจร|หมาไม่มีเจ้าของ][ [5|6|7|8]ตัว| เป็นฝูง| หลายตัว]"
            "[นอนอยู่|วนอยู่|อยู่ประจำ]" + SPOT + " " + SOI + " "
            "[ไล่กัดคนเดินผ่าน|ไล่เห่ามอไซค์|ไล่เด็กนักเรียน]"
            "[ช่วงเช้ามืด|ตอนหัวค่ำ|ทุกเช้า|ช่วง 05.00-07.00 น.]ค่ะ "
            "[มีคนโดนกัดไปแล้ว|หนูเกือบโดนกัดเมื่อวาน|คนแก่ไม่กล้าเดิน]"
            "[ รบกวนมาจับไปทำหมันหรือหาที่อยู่ให้ด้วยค่ะ| ช่วยดำเนินการด้วยค่ะ]"
        ),
    ),
    # ------------------------------------------------------------------ rule 1, negative side: no official
    Frame(
        id="service_issue.credible.real_vendor_footpath_no_official",
        category="service_issue",
        credibility="credible",
        voice="pedestrian reporting stalls on a footpath, no word about officials",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ร้านค้า|แผงลอย|ร้านอาหาร|รถเข็นขายของ][ตั้งแผง|วางโต๊ะ|ตั้งร่ม|วางของ]"
            "[เต็ม|กีดขวาง|รุกล้ำ]ทางเท้า " + SPOT + " " + LOC + " "
            "[ทุกวันช่วง [06.00-09.00|16.00-21.00|17.00-22.00|18.00-24.00] น.|ทุกเย็น|ตั้งแต่บ่ายจนดึก|ทั้งวัน]"
            "[ คนเดินต้องลงไปเดินบนถนน| ประชาชนต้องเดินบนผิวจราจร| เหลือทางเดินไม่ถึงครึ่งเมตร| ถังแก๊สวางอยู่บนทางเท้า| รถเข็นคนพิการผ่านไม่ได้]"
            "[ รบกวนมาจัดระเบียบด้วย| ขอให้ตรวจสอบ| อยากให้คืนทางเท้าให้คนเดิน|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_parking_blocks_soi_male",
        category="service_issue",
        credibility="credible",
        voice="man who cannot get his car out of his soi",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[รถกระบะ|รถตู้|รถเก๋ง|รถขนของ|รถบรรทุก 6 ล้อ]จอด[ขวาง|แช่|ซ้อนคัน]"
            "[ปากซอย|ทางเข้าออก|หน้าประตูบ้าน|บนทางโค้ง] " + SOI + " "
            "[ทุกวันช่วง [07.00-09.00|17.00-20.00|19.00-21.00] น.|ทุกเช้า|ตลอดวัน|ทั้งคืน]"
            "[ รถในซอยเข้าออกไม่ได้| รถสวนกันไม่ได้| รถพยาบาลเข้าไม่ได้]ครับ"
            "[ ทะเบียน {plate}|]"
            "[ ขอให้มาตรวจสอบด้วยครับ| รบกวนจัดการด้วยครับ| ขอบคุณครับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_construction_night_noise",
        category="service_issue",
        credibility="credible",
        voice="condo resident kept awake by a building site",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ไซต์ก่อสร้างคอนโด|ไซต์ก่อสร้างอาคาร|งานก่อสร้างบ้านข้างๆ|โครงการก่อสร้าง]"
            "[ " + SOI + "| ติด" + SOI + "] "
            "[เทปูน|ตอกเสาเข็ม|ตัดเหล็ก|ขนดินเข้าออก][ตอนกลางคืน|ช่วง [22.00-02.00|23.00-03.00|21.00-01.00] น.|ดึกๆ|จนตีสอง]"
            "[ เสียงดังมาก| รถปูนวิ่งเข้าออกทั้งคืน| บ้านสั่นสะเทือน]"
            "[ นอนไม่ได้เลย| เด็กเล็กตื่นทั้งคืน| ต้องตื่นไปทำงานแต่เช้า]"
            "[ ฝุ่นก็เยอะไม่มีผ้าคลุม|]"
            "[ รบกวนตรวจสอบเวลาทำงานด้วย| ขอให้เข้ามาดูแล| ช่วยด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_karaoke_noise_male",
        category="service_issue",
        credibility="credible",
        voice="man living behind a bar, weekend noise",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[ร้านเหล้า|ร้านคาราโอเกะ|ร้านหมูกระทะ|บ้านหลังหนึ่ง]" + "[ " + SOI + "| ท้ายซอย " + SOI + "] "
            "เปิดเพลงเสียงดัง[มาก|]"
            "[ทุกคืนวันศุกร์เสาร์|เกือบทุกคืน|ทุกคืน][ ถึงตีสอง| จนตีสาม| ตั้งแต่สามทุ่มถึงตีสอง|]"
            "[ มีตะโกนทะเลาะกันด้วย| เบสดังจนกระจกสั่น|]ครับ"
            "[ บ้านผมอยู่ติดกัน| ที่บ้านมีคนป่วยติดเตียง|]"
            "[ รบกวนมาตรวจสอบด้วยครับ| ขอให้ช่วยตักเตือนครับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_traffic_light_out",
        category="service_issue",
        credibility="credible",
        voice="driver at a junction, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ไฟจราจร|สัญญาณไฟจราจร|ไฟคนข้าม|ไฟเลี้ยวขวา]"
            "[ดับ|ค้างแดง|กะพริบเหลืองตลอด|ไม่ตรงกับเวลานับถอยหลัง|นับถอยหลังแล้ววนกลับ]"
            "[ แยก{bkk_road}| " + ROAD + " ตรงแยกหน้า" + "[ห้าง|ตลาด|โรงเรียน]| หน้าทางเข้า" + SOI + "]"
            "[ ฝั่งขาออก| ฝั่งขาเข้า|]"
            "[ รถติดยาว| คนข้ามถนนไม่ได้| เกือบชนกันหลายคัน|]"
            "[ ช่วยแก้ไขด่วน| รบกวนตรวจสอบ|]"
        ),
    ),
    # ------------------------------------------------------------------ operator-written (1555 call centre)
    Frame(
        id="service_issue.credible.real_operator_light_form",
        category="service_issue",
        credibility="credible",
        voice="1555 call-centre operator typing a caller's report into the form",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: [พบ|ผู้ร้องแจ้งว่าพบ]"
            "[ไฟฟ้าส่องสว่าง[ดับ|ชำรุด] จำนวน [1|2|3|4] ดวง ทำให้บริเวณดังกล่าวมืด"
            "|ฝาท่อระบายน้ำชำรุดแตกหัก จำนวน [1|2] ฝา"
            "|ผิวจราจรชำรุดเป็นหลุม ขนาดประมาณ [1|2] เมตร"
            "|ท่อระบายน้ำอุดตัน มีน้ำท่วมขังส่งกลิ่นเหม็น]"
            "[ เกรงว่าจะเกิดอันตรายต่อผู้สัญจรไปมา| ผู้ร้องได้รับความเดือดร้อน| เกรงว่าจะเกิดอุบัติเหตุ|]"
            "[บ้านเลขที่: " + HOUSE_NO + "|]"
            "ซอย: {bkk_road} " + SOI_N + "ถนน: {bkk_road}"
            "[จุดสังเกต: [หน้าเซเว่น|ตรงข้ามวัด|ปากซอยฝั่งขวามือ|เสาไฟหน้าบ้านรั้วสีเขียว|เข้าซอยไปประมาณ 100 เมตร ซ้ายมือ]|]"
            "เขต: {khet}#1555"
        ),
    ),
    Frame(
        id="service_issue.credible.real_operator_caller_followup",
        category="service_issue",
        credibility="credible",
        voice="operator logging a caller who already reported and is waiting (slow, no allegation)",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[ได้เคยแจ้ง|เคยแจ้งผ่านแอปพลิเคชัน|เคยโทรแจ้ง]เรื่อง"
            "[ท่อระบายน้ำอุดตัน|ถนนชำรุดเป็นหลุม|ไฟฟ้าส่องสว่างดับ|ทางเท้าทรุด|ขยะตกค้าง]"
            "[ไว้แล้ว|มาแล้ว][ ตั้งแต่เดือนที่แล้ว| ประมาณ" + WEEKS + "ก่อน| [2|3] ครั้ง|] "
            "ปัจจุบันยังไม่ได้รับการแก้ไข "
            "[ขอให้หน่วยงานเร่งดำเนินการ|จึงขอให้ติดตามเรื่องให้|ผู้ร้องขอทราบกำหนดการเข้าดำเนินการ]"
            "[ เลขที่อ้างอิง [82|4K|9T|M3][G|X|7][N|2|L][L|P|8][9|Q|4]|]"
            "[ซอย: {bkk_road} " + SOI_N + "|]ถนน: {bkk_road}เขต: {khet}[#1555|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_operator_narrative",
        category="service_issue",
        credibility="credible",
        voice="complaints-desk operator summarising a phone call in third person",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้อง[แจ้งว่า|แจ้งมาว่า|ได้รับความเดือดร้อนเนื่องจาก] "
            "<<[บริเวณ|]" + SPOT + " " + SOI + " เขต{khet} "
            "##[มีต้นไม้ล้มขวางทางเท้า|มีน้ำประปารั่วไหลออกมาบนผิวถนน|มีสายสื่อสารขาดห้อยลงมา|มีฝาบ่อพักยุบตัว]"
            "[ตั้งแต่เมื่อคืน|ตั้งแต่ช่วงเช้า|มาประมาณ [2|3] วัน] >>"
            "[ทำให้ประชาชนสัญจรไม่สะดวก|ผู้ร้องเกรงว่าจะเกิดอันตราย|รถจักรยานยนต์เกือบเกิดอุบัติเหตุ] "
            "[จึงขอให้หน่วยงานที่เกี่ยวข้องเข้าตรวจสอบและแก้ไข|ขอให้ดำเนินการโดยด่วน|ขอให้เข้าดำเนินการ]"
            "[ ทั้งนี้ผู้ร้องไม่ประสงค์เปิดเผยชื่อ|]"
        ),
    ),
    # ------------------------------------------------------------------ hard negatives: slow, no allegation
    Frame(
        id="service_issue.credible.real_khet_came_budget_wait",
        category="service_issue",
        credibility="credible",
        voice="resident told by the district to wait for next year's budget; names the office, alleges nothing",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="service_official",
        speaker="male",
        text=(
            "[ทางเขต|เจ้าหน้าที่เขต|ฝ่ายโยธาเขต{khet}]มาดูแล้วครับ[ตั้งแต่เดือนที่แล้ว|เมื่อสองอาทิตย์ก่อน|] "
            "บอกว่า[ต้องรองบประมาณปีหน้า|ต้องทำเรื่องขอซ่อมใหญ่|ต้องรอผู้รับเหมา|ต้องรอประสานการประปา]"
            " ตอนนี้[ถนนในซอยยังเป็นหลุมอยู่|ทางเท้ายังทรุดอยู่|ฝาท่อยังยุบอยู่|ท่อระบายน้ำยังตันอยู่] " + SOI + " "
            "[เข้าใจครับ แต่|]"
            "[อยากขอให้ทำชั่วคราวไปก่อน|ขอให้เอาแผงกั้นหรือป้ายเตือนมาวางไว้ก่อน|ขอให้ปะชั่วคราวก่อน]"
            "[ เพราะกลางคืนมองไม่เห็น| เด็กนักเรียนเดินผ่านเยอะ|]ครับ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_third_report_fury",
        category="service_issue",
        credibility="credible",
        voice="furious resident on a third report about a dark soi; anger, no allegation against anyone",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="credible_insult",
        text=(
            "[ครั้งที่3|แจ้งครั้งที่ 3 แล้ว|แจ้งรอบที่สามแล้ว|แจ้งซ้ำครั้งที่4]!!! "
            "[ไฟในซอยยังดับ " + SOI + " [จะรอให้มีคนโดนปล้นก่อนหรือไง|มืดแบบนี้จะให้เดินกันยังไง]"
            "|ถนนยังเป็นหลุม " + SOI + " [จะรอให้มีคนตกหลุมตายก่อนใช่ไหม|รถล้มกันทุกวัน]"
            "|ท่อยังตัน น้ำยังขัง " + SOI + " [จะรอให้ยุงลายเต็มซอยก่อนหรือ|ฝนตกทีไรท่วมทุกที]"
            "|ขยะยังกองอยู่ที่เดิม " + SOI + " [เหม็นไปทั้งซอยแล้ว|ต้องให้เป็นข่าวก่อนหรือ]]"
            "[ เดือดร้อนจริงๆ| เหนื่อยจะแจ้งแล้ว| แจ้งจนเบื่อแล้ว| ทำไมมันยากนัก|]"
            "[ ช่วยทำให้เสร็จสักที| แก้ให้จบสักที|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_long_flood_elderly_mother",
        category="service_issue",
        credibility="credible",
        voice="daughter of an elderly mother, long web-form ticket about recurring flooding",
        channels=("web_form",),
        setting="city",
        speaker="female",
        text=(
            "[เรียน เจ้าหน้าที่ที่เกี่ยวข้องค่ะ|สวัสดีค่ะ|เรียน ผู้เกี่ยวข้อง]\n"
            "บ้านดิฉันอยู่" + SOI + "[ แขวง{khwaeng}|] เขต{khet} "
            "[ช่วงนี้ฝนตกเกือบทุกวัน|ทุกปีหน้าฝน]น้ำจะท่วมขังหน้าบ้านและในซอย[สูงประมาณ 20-30 ซม.|สูงเกือบถึงเข่า|ท่วมเข้าไปในตัวบ้าน] "
            "และ[ใช้เวลา|ต้องรอ][สองสามวัน|ทั้งคืน|เกือบสัปดาห์]กว่าน้ำจะลด "
            "<<[สังเกตว่าท่อระบายน้ำหน้าบ้านมีดินและเศษขยะอุดอยู่|ตะแกรงรับน้ำปากซอยโดนปูนทับไปครึ่งหนึ่งตั้งแต่ทำถนนใหม่] "
            "##[แม่ดิฉันอายุ [78|82|85] แล้ว เดินไม่สะดวก|ที่บ้านมีผู้สูงอายุติดเตียง] เวลาน้ำท่วมออกไปหาหมอไม่ได้ >>"
            "[ดิฉันเคยโทรแจ้ง 1555 ไปแล้ว[ครั้งหนึ่ง|สองครั้ง]|เคยแจ้งในแอปไปแล้วเมื่อปีที่แล้ว] "
            "[มีเจ้าหน้าที่มาลอกท่อให้ช่วงหนึ่งแล้วก็กลับมาตันอีก|ยังไม่มีความคืบหน้า]\n"
            "[จึงขอความอนุเคราะห์|รบกวน]ให้[มาลอกท่อและตรวจดูทางระบายน้ำทั้งซอย|ส่งเจ้าหน้าที่มาสำรวจทางระบายน้ำ]"
            "[ และถ้าเป็นไปได้ขอเครื่องสูบน้ำมาไว้ช่วงหน้าฝน|]ค่ะ ขอบคุณค่ะ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_steel_plates_roadworks",
        category="service_issue",
        credibility="credible",
        voice="motorcyclist about steel plates left over pipe-laying works",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[งานวางท่อ|งานขุดถนน|งานก่อสร้างท่อร้อยสาย] " + ROAD + " [ช่วงหน้า|ใกล้]" + SPOT + " "
            "[เอาแผ่นเหล็กปิดไว้|ปูแผ่นเหล็กทับหลุมไว้] "
            "[แผ่นเหล็กเด้ง|ขอบเหล็กยกขึ้นมา|แผ่นเหล็กเลื่อนจนเห็นหลุม]"
            "[ รถวิ่งผ่านเสียงดังทั้งคืน| ฝนตกลื่นมาก]"
            " [มอไซค์ล้มไปแล้ว[ 2 คัน| หลายคัน]|ผมเกือบล้มเมื่อเช้า|ยางรถเกี่ยวขอบเหล็ก]ครับ "
            "[ขอให้ปรับให้เรียบ|ช่วยยึดแผ่นเหล็กให้แน่น|ขอให้ติดไฟเตือนตอนกลางคืนด้วย]ครับ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_hotline_no_answer",
        category="service_issue",
        credibility="credible",
        voice="caller who cannot get through to the district office's phone",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="service_official",
        text=(
            "[โทรหาสำนักงานเขต{khet} |โทรเบอร์ฝ่ายรักษาความสะอาดเขต{khet} |โทรเบอร์สำนักงานเขต{khet}ที่อยู่ในเว็บ ]"
            "[ไม่มีคนรับสาย|โทรไม่ติด|สายไม่ว่างตลอด]"
            "[ [3|4|5] วันแล้ว| ทั้งอาทิตย์| ตั้งแต่เมื่อวาน|]"
            "[ โทร 1555 ก็รอสายนานมากแล้วหลุด| อยากแจ้งเรื่องต้นไม้ล้ม| จะติดต่อขอรถดูดส้วม]"
            "[ ขอเบอร์ที่ติดต่อได้จริง| รบกวนตรวจสอบเบอร์โทรด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_skywalk_stairs_female",
        category="service_issue",
        credibility="credible",
        voice="office worker crossing a footbridge every day",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "สะพานลอย[หน้า|ตรง][ห้าง|ตลาด|โรงพยาบาล|โรงเรียน|ป้ายรถเมล์] " + ROAD + " "
            "[ขั้นบันไดเหล็กหลุด [1|2|3] ขั้น|พื้นกระเบื้องแตกลื่นมาก|ราวจับหัก|ไฟบนสะพานดับทั้งหมด|หลังคารั่วน้ำหยด]ค่ะ "
            "[คนแก่เดินลำบาก|ตอนฝนตกลื่นล้มกันบ่อย|กลางคืนเดินแล้วน่ากลัว|เด็กนักเรียนใช้ทุกวัน]"
            "[ รบกวนซ่อมด้วยนะคะ| ช่วยแก้ไขด้วยค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_canal_weeds_smell",
        category="service_issue",
        credibility="credible",
        voice="resident along a canal",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ผักตบชวาเต็มคลอง|ขยะลอยเต็มคลอง|น้ำในคลองดำ][ช่วง|ตรง]"
            "[หลังชุมชน|ริมคลองข้าง" + SOI + "|ใต้สะพานข้ามคลอง|ท้าย" + SOI + "]"
            "[ น้ำไม่ไหล| ส่งกลิ่นเหม็นเข้าบ้าน| ยุงเยอะมาก| ปลาตายลอย]"
            "[ตอนเย็น|ทุกวัน|ช่วงนี้|]"
            "[ ขอเรือมาเก็บด้วย| อยากให้มาลอกคลอง| รบกวนดำเนินการด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_tap_water_weak",
        category="service_issue",
        credibility="credible",
        voice="household with no tap water, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "น้ำประปา[ไม่ไหล|ไหลอ่อนมาก|ไหลเป็นสีขุ่น|มีกลิ่นคลอรีนแรง]"
            "[ตั้งแต่เมื่อวาน|มา [2|3] วันแล้ว|ทั้งซอย|ตั้งแต่เมื่อคืน]"
            "[ " + SOI + "| หลายหลังคาเรือนใน" + SOI + "]"
            "[ ไม่มีประกาศแจ้งล่วงหน้า| ไม่ทราบว่ามีการซ่อมท่อหรือเปล่า|]"
            "[ รบกวนประสานการประปาให้ด้วย| ขอทราบว่าจะไหลปกติเมื่อไหร่|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_id_card_queue_phone",
        category="service_issue",
        credibility="credible",
        voice="woman phoning the complaint line about queue tickets running out at the district office",
        channels=("phone_transcript",),
        setting="city",
        speaker="female",
        text=(
            "[ฮัลโหล|สวัสดีค่ะ] คือจะแจ้งเรื่องคิวที่สำนักงานเขต{khet}ค่ะ "
            "[ไปทำบัตรประชาชน|ไปย้ายทะเบียนบ้าน|ไปแจ้งเกิดให้ลูก] "
            "[ไปถึงตั้งแต่เจ็ดโมงครึ่ง|ไปตั้งแต่ก่อนแปดโมง] บัตรคิวหมดแล้ว "
            "[เขาบอกให้มาใหม่พรุ่งนี้|ให้มาใหม่วันหลัง] "
            "[หนูลางานมาสองวันแล้วค่ะ|ต้องลางานมาอีกวัน|มากับแม่ที่นั่งวีลแชร์ด้วยค่ะ] "
            "[ก็คือ|เอ่อ] อยากให้เพิ่มคิว[หรือเปิดให้จองออนไลน์ได้|ช่วงเช้า|]ค่ะ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_bus_stop_shelter",
        category="service_issue",
        credibility="credible",
        voice="commuter at a bus stop, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "ป้ายรถเมล์[ " + SPOT + "| หน้า[ห้าง|ตลาด|โรงพยาบาล|มหาวิทยาลัย]] " + ROAD + " "
            "[ฝั่งขาเข้า |ฝั่งขาออก |]"
            "[หลังคารั่ว ฝนตกเปียกหมด|ม้านั่งหักใช้ไม่ได้|ไฟดับมืดมาก|ไม่มีหลังคาเลย ร้อนมาก|ป้ายบอกสายรถเมล์หลุดหาย]"
            "[ คนรอรถเยอะ| คนแก่ต้องยืนรอ|]"
            "[ ขอให้ปรับปรุงด้วย| ช่วยซ่อมด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_crossing_faded",
        category="service_issue",
        credibility="credible",
        voice="parent at a school gate, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ทางม้าลาย|เส้นจราจร|เส้นแบ่งช่องจราจร][หน้าโรงเรียน|ตรงทางเข้าตลาด|หน้าวัด|ใกล้ป้ายรถเมล์] " + ROAD + " "
            "[สีจางจนมองไม่เห็น|ลบเลือนหมดแล้ว|โดนต้นไม้บังหมด] "
            "[รถไม่ชะลอเลย|เด็กข้ามถนนอันตรายมาก|ตอนเช้ารถวิ่งเร็วมาก|มีเด็กเกือบโดนชน]"
            "[ ขอให้ทาสีใหม่| ขอให้ตีเส้นใหม่ด้วย| รบกวนแก้ไข|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_speed_bump_request",
        category="service_issue",
        credibility="credible",
        voice="resident suggesting a fix for a dangerous soi",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[อยากให้|ขอเสนอให้|รบกวน]"
            "[ติดตั้งลูกระนาด|ติดกระจกโค้ง|ติดไฟกะพริบเตือน|ทำป้ายลดความเร็ว]"
            "[ในซอย{bkk_road} "
            + SOI_N
            + "|ตรงทางโค้งซอย{bkk_road} "
            + SOI_N
            + "|ตรงทางออกซอย{bkk_road} "
            + SOI_N
            + "|ใน"
            + SOI
            + "] "
            "[มอไซค์ขับเร็วมาก|รถออกจากซอยมองไม่เห็นกัน|เกิดอุบัติเหตุบ่อย [2|3] เดือนชนไป [3|4] ครั้ง|เด็กเล่นริมถนนเยอะ]"
            "[ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_homeless_under_bridge",
        category="service_issue",
        credibility="credible",
        voice="passer-by reporting people sleeping rough, asks for social services",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[คนเร่ร่อน|คนไร้บ้าน|คนจรจัด][ [2|3] คน| หลายคน|][นอนอยู่|มาอาศัยอยู่]"
            "[ใต้สะพานลอย|ใต้ทางด่วน|ป้ายรถเมล์|ริมฟุตบาทหน้าธนาคาร] " + ROAD + " "
            "[มีลังกระดาษกับขยะเยอะ|มีคนหนึ่งดูป่วยมาก|กลับมานอนที่เดิมทุกคืน|ช่วงกลางคืน] "
            "[รบกวนให้หน่วยงานด้านสังคมมาช่วยดูแล|ขอให้ส่งเจ้าหน้าที่มาช่วยเหลือ|อยากให้พาไปศูนย์พักพิง]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_burning_smoke",
        category="service_issue",
        credibility="credible",
        voice="asthmatic resident bothered by smoke every evening",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[มีการเผาขยะ|มีคนเผาใบไม้|โรงงานเล็กๆปล่อยควัน|ร้านปิ้งย่างปล่อยควัน]"
            "[ในที่ดินว่าง|ท้ายซอย|ข้างบ้าน|หลังตลาด] " + SOI + " "
            "[ทุกเย็น|ทุกวันช่วง [17.00-19.00|18.00-21.00] น.|เกือบทุกวัน] "
            "[ควันเข้าบ้าน|กลิ่นเหม็นไหม้|เขม่าเกาะเต็มรถ] "
            "[ที่บ้านมีเด็กเป็นหอบหืด|ตากผ้าไม่ได้|ต้องปิดหน้าต่างทั้งวัน]"
            "[ ขอให้มาตรวจสอบ| รบกวนดำเนินการ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_operator_noise_neighbour",
        category="service_issue",
        credibility="credible",
        voice="call-centre operator logging a noise nuisance",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า"
            "[บ้านเลขที่ " + HOUSE_NO + " |บ้านไม่ทราบเลขที่ฝั่งตรงข้ามผู้ร้อง|ร้านอาหารปากซอย|อู่ซ่อมรถในซอย]"
            "[เปิดเพลงเสียงดัง|มีเสียงเคาะเหล็ก|ตั้งวงดื่มสุราส่งเสียงดัง|เร่งเครื่องยนต์เสียงดัง]"
            "[ทุกวันช่วง [20.00-01.00|22.00-02.00|06.00-08.00] น.|เป็นประจำทุกคืน|ทุกวันเสาร์อาทิตย์] "
            "สร้างความเดือดร้อนรำคาญให้กับผู้ร้องและ[ชุมชน|เพื่อนบ้าน] "
            "[ขอให้หน่วยงานเข้าตรวจสอบและตักเตือน|ขอให้เข้าตรวจวัดระดับเสียง]"
            "ซอย: {bkk_road} " + SOI_N + "ถนน: {bkk_road}เขต: {khet}[#1555|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_flood_phone_male",
        category="service_issue",
        credibility="credible",
        voice="man calling the hotline while his soi is under water",
        channels=("phone_transcript",),
        setting="city",
        speaker="male",
        text=(
            "[ฮัลโหลครับ|สวัสดีครับ] คือ[ตอนนี้|]น้ำท่วมในซอยครับ " + SOI + " เขต{khet} "
            "[ฝนตกตั้งแต่บ่าย|ตกหนักเมื่อคืน] [ตอนนี้น้ำสูงประมาณเข่า|น้ำเข้าบ้านแล้วครับ|รถเก๋งผ่านไม่ได้แล้ว] "
            "[เอ่อ |]ท่อระบายน้ำ[ตรงปากซอย|หน้าบ้าน]น่าจะตันครับ น้ำไม่ลงเลย "
            "[ในซอยมีคนแก่หลายบ้าน|มีบ้านที่มีคนป่วยติดเตียงด้วย] "
            "[อยากขอเครื่องสูบน้ำ|อยากให้ส่งคนมาดูท่อ|ขอรถมาดูดน้ำ]ครับ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_numbered_list",
        category="service_issue",
        credibility="credible",
        voice="community committee member listing several problems in one soi",
        channels=("web_form",),
        setting="city",
        text=(
            "[ปัญหาใน" + SOI + "\n|แจ้งปัญหา " + SOI + "[ เขต{khet}|]\n|]"
            "1.[ไฟส่องสว่างดับ [2|3|4] ดวง[ ช่วงกลางซอย| ตรงทางโค้ง|]|ไฟทางติดๆดับๆ ตั้งแต่ปากซอย]\n"
            "2.[ฝาท่อแตก [1|2] จุด[ หน้าบ้านเลขที่ " + HOUSE_NO + "|]|ถนนเป็นหลุมหน้าศาลาชุมชน|ทางเท้าทรุดหน้าร้านขายของชำ]"
            "[\n3.[ขยะกองปากซอยไม่มีคนเก็บ|กิ่งไม้พาดสายไฟท้ายซอย|ท่อระบายน้ำตันน้ำขังทุกครั้งที่ฝนตก]|]"
            "[\nรบกวนดำเนินการด้วย|\nขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_formal_request_light",
        category="service_issue",
        credibility="credible",
        voice="retired civil servant writing a polite formal request",
        channels=("web_form", "letter"),
        setting="city",
        text=(
            "[เรียน ผู้อำนวยการเขต{khet}\n|เรียน ท่านผู้ว่าราชการกรุงเทพมหานคร\n|]"
            "[เรื่อง ขอความอนุเคราะห์|ขอความอนุเคราะห์]"
            "[ซ่อมไฟฟ้าส่องสว่าง|ติดตั้งไฟฟ้าส่องสว่างเพิ่ม|ซ่อมแซมผิวจราจร|ลอกท่อระบายน้ำ]"
            "[ใน" + SOI + "|บริเวณหน้าบ้านเลขที่ " + HOUSE_NO + " " + SOI + "] "
            "[เนื่องจาก|ด้วย][บริเวณดังกล่าวมืดมากในเวลากลางคืน|ผิวจราจรชำรุดเป็นหลุมหลายจุด|น้ำท่วมขังทุกครั้งที่ฝนตก] "
            "[ประชาชนสัญจรไปมาจำนวนมาก|มีผู้สูงอายุและเด็กนักเรียนใช้เส้นทางเป็นประจำ|เกรงว่าจะเกิดอุบัติเหตุ] "
            "[จึงเรียนมาเพื่อโปรดพิจารณา|จะเป็นพระคุณยิ่ง|ขอแสดงความนับถือ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_lights_on_daytime",
        category="service_issue",
        credibility="credible",
        voice="passer-by noticing street lights left on by day",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ไฟถนน|ไฟส่องสว่าง|ไฟบนสะพานลอย][เปิดทิ้งไว้ตอนกลางวัน|ติดทั้งวัน|ลืมปิด]"
            "[ ทั้งแนว| หลายดวง| มาหลายวันแล้ว|] "
            "[" + ROAD + "|" + SOI + "]"
            "[ เปลืองไฟ| กลางคืนกลับดับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_bus_black_smoke",
        category="service_issue",
        credibility="credible",
        voice="commuter at a stop choking on exhaust",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "รถเมล์สาย [8|26|29|39|59|73|96|137|145|515][ ทะเบียน {plate}|] "
            "[ควันดำมาก|ปล่อยควันดำ|ควันดำทุกครั้งที่ออกตัว] "
            "[ตรงป้าย|ช่วง]" + ROAD + " "
            "[ทั้งที่ค่าฝุ่น PM2.5 สูง|คนรอรถสำลักควัน|เหม็นมาก]"
            "[ ขอให้ตรวจสภาพรถ| รบกวนตรวจสอบ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_garbage_partly_collected",
        category="service_issue",
        credibility="credible",
        voice="resident whose bins are only half emptied, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[เก็บขยะไม่หมด|รถขยะเก็บไม่หมด|เก็บแต่ถุง ทิ้งขยะชิ้นใหญ่ไว้]"
            "[ เหลือกองไว้ข้างถัง| เศษขยะหล่นเต็มถนน| ถุงแตกน้ำขยะเลอะ|] "
            + SOI
            + "[ รบกวนมาเก็บอีกรอบ| ขอให้เก็บให้เรียบร้อย|]"
        ),
    ),
]
