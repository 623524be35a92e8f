"""Real-register frames for ``other``: not a matter for an integrity desk, though written to one.

Lawful operations the writer dislikes (a car towed from a no-parking spot, a stall moved off a footpath, a road
closed for an event), private disputes between neighbours, problems with private companies and condo
juristic persons, and plain questions. Nobody alleges an official did wrong: where officials appear they did
their job. Credible when the matter is specific and in good faith (a place, what happened, what the writer
asks); frivolous when there is nothing anyone could act on.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, ROAD, SOI

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible: private disputes
    Frame(
        id="other.credible.real_neighbour_aircon_drip",
        category="other",
        credibility="credible",
        voice="woman whose neighbour's air-conditioner drips onto her car",
        channels=("web_form", "line_chat"),
        speaker="female",
        text=(
            "น้ำแอร์จากบ้าน[ข้างๆ|ติดกัน][ เลขที่ " + HOUSE_NO + "|] "
            "[หยดใส่หลังคารถทุกวัน|ไหลลงมาที่ลานจอดรถบ้านดิฉัน|หยดใส่หลังคาบ้านจนเป็นคราบ|กระเด็นเข้าหน้าต่างห้องนอน]ค่ะ "
            "[เคยไปคุยแล้ว|บอกหลายครั้งแล้ว|เขียนโน้ตไปแปะหน้าบ้านแล้ว] เขา[รับปากแต่ไม่แก้|บอกว่าไม่ใช่เรื่องใหญ่|ไม่เปิดประตูคุย] "
            + SOI
            + " "
            "[อยากให้มีคนกลางช่วยไกล่เกลี่ยค่ะ|ไม่ทราบว่าต้องแจ้งที่ไหนคะ|มีหน่วยงานไหนช่วยได้บ้างคะ]"
        ),
    ),
    Frame(
        id="other.credible.real_neighbour_tree_leaves_male",
        category="other",
        credibility="credible",
        voice="man whose neighbour's tree overhangs his yard (private land, not the road)",
        channels=("web_form", "line_chat"),
        speaker="male",
        text=(
            "[ต้นมะม่วง|ต้นหูกวาง|ต้นไทร|ต้นมะขาม]บ้านข้างๆ กิ่งยื่นเข้ามาในรั้วบ้านผม "
            "[ใบร่วงอุดรางน้ำหลังคา|รากดันกำแพงร้าว|กิ่งพาดหลังคาห้องครัว] "
            "ขอให้ตัดแล้ว[เจ้าของไม่ยอม|เขาบอกว่าเป็นต้นไม้ของเขา|เจ้าของบ้านไม่อยู่ มีแต่คนเช่า]ครับ "
            "[" + SOI + " |]"
            "[อยากทราบว่าผมมีสิทธิ์ตัดเองได้ไหมครับ|ขอคำแนะนำว่าต้องทำอย่างไรครับ|ช่วยเป็นคนกลางคุยให้หน่อยครับ]"
        ),
    ),
    Frame(
        id="other.credible.real_condo_lift_juristic",
        category="other",
        credibility="credible",
        voice="elderly condo resident's daughter; the juristic person, a private body, will not fix the lift",
        channels=("web_form", "line_chat"),
        speaker="female",
        text=(
            "ลิฟต์คอนโด[ที่ดิฉันอยู่|ที่พัก" + SOI + "|] เสีย[มา 2 อาทิตย์แล้ว|ตั้งแต่ต้นเดือน|ทั้งสองตัว]ค่ะ "
            "นิติบุคคล[อ้างว่ารออะไหล่|บอกว่ารอที่ประชุมอนุมัติงบ|ไม่ตอบไลน์กลุ่มเลย] "
            "[แม่ดิฉันอายุ [75|80] ต้องเดินขึ้นบันได [7|8|12] ชั้น|คนแก่กับเด็กเล็กขึ้นลงลำบากมาก] "
            "[จ่ายค่าส่วนกลางตรงทุกปี|ค่าส่วนกลางก็จ่ายครบ] "
            "[อยากทราบว่าหน่วยงานไหนดูแลเรื่องนิติบุคคลอาคารชุดคะ|ขอคำแนะนำว่าต้องร้องเรียนที่ไหนค่ะ]"
        ),
    ),
    Frame(
        id="other.credible.real_internet_provider",
        category="other",
        credibility="credible",
        voice="home worker whose private internet provider keeps missing repair appointments",
        channels=("web_form", "line_chat"),
        text=(
            "[อินเทอร์เน็ตบ้าน|เน็ตไฟเบอร์ที่บ้าน|เน็ตบ้าน]ใช้ไม่ได้[มา [4|5|6] วันแล้ว|ตั้งแต่วันเสาร์] "
            "[โทรคอลเซ็นเตอร์ของค่ายแล้ว [3|4] ครั้ง|แจ้งผ่านแอปของผู้ให้บริการแล้ว] "
            "[นัดช่างมาซ่อมก็ไม่มา|ช่างบอกว่าสายในซอยขาดต้องรอ|ได้แต่เลขรับเรื่อง] "
            "[ต้องทำงานที่บ้าน|ลูกเรียนออนไลน์] "
            "[แต่ค่าบริการยังเก็บเต็มเดือน |]"
            "[อยากให้ช่วยประสานหรือแนะนำว่าต้องร้อง กสทช. ยังไง|ขอทราบช่องทางร้องเรียนผู้ให้บริการ]"
        ),
    ),
    Frame(
        id="other.credible.real_market_scale_cheat",
        category="other",
        credibility="credible",
        voice="shopper at a private market who noticed a rigged scale",
        channels=("web_form", "line_chat"),
        text=(
            "[แม่ค้าหมู|ร้านขายผลไม้|ร้านขายอาหารทะเล]ใน[ตลาดนัด|ตลาดสด]ริม" + ROAD + " "
            "[ตาชั่งไม่เที่ยง|ชั่งขาด|ตาชั่งโกง] "
            "[ซื้อ 1 กิโล เอาไปชั่งที่บ้านได้ [7|8] ขีด|ชั่งให้ดูตรงหน้าแล้วหยิบออกตอนใส่ถุง|ซื้อกุ้งกิโลละ [350|400] บาท ชั่งแล้วขาดไปเกือบ 2 ขีด] "
            "[โดนกันหลายคนแล้ว |เพื่อนบ้านก็เจอเหมือนกัน |]"
            "[ขอให้หน่วยงานที่ดูแลเรื่องตาชั่งมาตรวจ|อยากให้มาตรวจตาชั่งในตลาด|ไม่ทราบว่าต้องแจ้งหน่วยงานไหน]"
        ),
    ),
    # ------------------------------------------------------------------ credible: lawful operations the writer dislikes
    Frame(
        id="other.credible.real_towed_lawful_male",
        category="other",
        credibility="credible",
        voice="driver who admits parking under a no-parking sign and asks for a short-stop bay",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[โดนล็อกล้อ|โดนยกรถ|โดนติดใบสั่ง]" + "[หน้าร้านข้าว|หน้าธนาคาร|หน้าร้านขายยา|ปากซอย] " + ROAD + " "
            "[จอดแค่ 10 นาที|ลงไปซื้อข้าวแป๊บเดียว|จอดรอรับลูก][ครับ|] "
            "[ยอมรับว่ามีป้ายห้ามจอด|รู้ว่าตรงนั้นห้ามจอด|ผิดจริงครับ] "
            "[แต่ค่าปรับ [500|1,000] บาทแรงไปหน่อย|แต่แถวนั้นไม่มีที่จอดเลย] "
            "[อยากให้ทำที่จอดรถชั่วคราวสัก 15 นาทีตรงนั้น|ขอให้พิจารณาทำช่องจอดรับส่ง|อยากให้มีป้ายบอกที่จอดใกล้ๆ]ครับ"
        ),
    ),
    Frame(
        id="other.credible.real_vendor_moved_asks_relief",
        category="other",
        credibility="credible",
        voice="vendor moved off a footpath by tesakit, asks for a permitted time window",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[หนู|ดิฉัน]ขาย[ผลไม้|ข้าวเหนียวหมูปิ้ง|น้ำเต้าหู้ปาท่องโก๋|ลูกชิ้นทอด]อยู่[ริม|บนทางเท้า]" + ROAD + " "
            "[มา [5|6|8|10] ปีแล้วค่ะ|ตั้งแต่ก่อนโควิดค่ะ] "
            "[เทศกิจเขต{khet}มาแจ้งให้ย้ายออก|เทศกิจมาติดประกาศให้เลิกขาย]เพราะเป็นจุดห้ามขาย "
            "[เข้าใจค่ะว่าเป็นกฎหมาย|ไม่ได้ว่าเจ้าหน้าที่นะคะ] "
            "[แต่ที่บ้านมีรายได้ทางนี้ทางเดียว|แต่ยังไม่มีที่ขายใหม่] "
            "[ขอผ่อนผันให้ขายช่วง [05.00-08.00|17.00-21.00] น. ได้ไหมคะ|อยากทราบว่ามีจุดผ่อนผันใกล้ๆ ให้ย้ายไปไหมคะ]"
        ),
    ),
    Frame(
        id="other.credible.real_road_closed_event",
        category="other",
        credibility="credible",
        voice="resident annoyed by a lawful road closure for an event, asks for notice",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ปิดถนน{bkk_road}|ปิดการจราจรถนน{bkk_road}|ปิดถ.{bkk_road}] [จัดงานวิ่ง|จัดงานกาชาด|จัดขบวนแห่|ถ่ายทำภาพยนตร์] "
            "[ตั้งแต่ตีสี่|ตั้งแต่ 04.00 น.|ทั้งวันอาทิตย์] "
            "[รถในซอยออกไม่ได้|คนจะไปโรงพยาบาลออกจากซอยไม่ได้|รถเมล์ไม่วิ่งผ่าน] "
            "[ไม่เห็นมีป้ายประกาศล่วงหน้า|รู้ตอนจะออกจากบ้าน] "
            "[ไม่ได้ค้านเรื่องจัดงาน|เข้าใจว่าขออนุญาตถูกต้อง] "
            "[แต่อยากให้ประกาศล่วงหน้าอย่างน้อย [3|7] วัน|แต่อยากให้เปิดช่องให้รถในซอยออกได้|แต่ขอให้มีเจ้าหน้าที่บอกทางเลี่ยง]"
        ),
    ),
    # ------------------------------------------------------------------ credible: questions
    Frame(
        id="other.credible.real_question_is_it_allowed",
        category="other",
        credibility="credible",
        voice="resident asking what the rule is before complaining",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[อยากทราบว่า|สอบถาม |ขอสอบถามว่า]"
            "[จอดรถริม" + ROAD + " หน้า" + SOI + " ได้ไหม ถ้าได้จอดได้ช่วงเวลาไหน"
            "|ป้ายร้านค้าที่ยื่นออกมาบนทางเท้าต้องขออนุญาตเขตไหม"
            "|ตั้งโต๊ะขายของหน้าบ้านตัวเองใน" + SOI + " ผิดไหม"
            "|บ้านที่ต่อเติมหลังคาหน้าบ้านต้องขออนุญาตด้วยหรือเปล่า"
            "|เลี้ยงไก่ในบ้านในเขตกรุงเทพได้ไหม]"
            "[ จะได้ทำให้ถูก| เผื่อจะได้แจ้งถูกเรื่อง|]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="other.frivolous.real_fine_too_expensive",
        category="other",
        credibility="frivolous",
        voice="person grumbling about a lawful fine, nothing to act on",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[ทิ้งก้นบุหรี่|ทิ้งขยะไม่เป็นที่|จอดรถบนทางเท้า]โดนปรับ [2,000|2000|1,000|500] "
            "[แพงเกินไปไหม|แรงไปไหม|ขูดรีดกันเกินไป|เอาเงินไปทำอะไร]"
            "[?|??| 555|]"
        ),
    ),
    Frame(
        id="other.frivolous.real_towed_again_rant",
        category="other",
        credibility="frivolous",
        voice="driver venting after being towed, admits the spot was no-parking",
        channels=("line_chat",),
        setting="city",
        text=(
            "[โดนยกรถอีกแล้ว|โดนล็อกล้ออีกแล้ว] "
            "[จอดนิดเดียวเอง|ก็รู้แหละว่าห้ามจอด] "
            "[เทศกิจว่างมากหรือไง|ไม่มีอะไรทำกันแล้วเหรอ|ไปจับโจรบ้างเถอะ]"
            "[!!|...|]"
        ),
    ),
    Frame(
        id="other.frivolous.real_neighbour_vague",
        category="other",
        credibility="frivolous",
        voice="neighbour complaint with nothing anyone could act on",
        channels=("line_chat", "web_form"),
        text=(
            "[ข้างบ้านนิสัยไม่ดี|เพื่อนบ้านไม่น่ารัก|คนบ้านตรงข้ามชอบมองหน้า] "
            "[ไม่เคยทักทาย|ชอบทำหน้าไม่พอใจ|คุยด้วยไม่ได้เลย] "
            "[ช่วยจัดการให้หน่อย|ทำอะไรได้ไหม|เบื่อมาก]"
        ),
    ),
    Frame(
        id="other.frivolous.real_wish_list",
        category="other",
        credibility="frivolous",
        voice="wish that no agency could grant",
        channels=("line_chat", "web_form"),
        text=(
            "[อยากให้ กทม. สร้างห้างใกล้บ้าน|อยากให้มีรถไฟฟ้าผ่านหน้าบ้าน|อยากให้เขตแจกทองทุกบ้าน|"
            "อยากให้ผู้ว่ามากินข้าวที่บ้าน|ขอให้วันจันทร์เป็นวันหยุด]"
            "[ 555| ได้ไหม|]"
        ),
    ),
    Frame(
        id="other.credible.real_private_parking_overcharge",
        category="other",
        credibility="credible",
        voice="driver overcharged at a private car park",
        channels=("web_form", "line_chat"),
        text=(
            "[ลานจอดรถเอกชน|ที่จอดรถของห้าง|ลานจอดรถข้างตลาด]ริม" + ROAD + " "
            "[เก็บค่าจอดชั่วโมงละ [40|50|60] บาท แต่ป้ายหน้าทางเข้าเขียน [20|30] บาท|คิดเงินเหมาวัน [200|300] บาท ทั้งที่จอดไม่ถึงชั่วโมง|"
            "ไม่ให้ใบเสร็จ และพนักงานบอกว่าป้ายเป็นราคาเก่า] "
            "[มีรูปป้ายราคาไว้ |เก็บบัตรจอดไว้ |]"
            "[ไม่ทราบว่าต้องร้องเรียนหน่วยงานไหน|อยากให้ สคบ. ตรวจสอบ|ขอให้ช่วยแนะนำช่องทางร้องเรียน]"
        ),
    ),
    Frame(
        id="other.credible.real_question_permit_fee",
        category="other",
        credibility="credible",
        voice="home owner asking about a permit before building",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[สอบถาม|ขอสอบถาม|อยากทราบ]"
            "[ถ้าจะต่อเติมหลังคาหน้าบ้าน|ถ้าจะรื้อบ้านไม้เก่าแล้วสร้างใหม่|ถ้าจะทำป้ายหน้าร้าน|ถ้าจะขุดบ่อพักน้ำหน้าบ้าน]"
            "[ใน" + SOI + "|] ต้องขออนุญาตที่เขต{khet}ไหม "
            "[ค่าธรรมเนียมเท่าไหร่|ใช้เอกสารอะไรบ้าง|ใช้เวลากี่วัน]"
            "[ จะได้ทำให้ถูกต้อง|]"
        ),
    ),
]
