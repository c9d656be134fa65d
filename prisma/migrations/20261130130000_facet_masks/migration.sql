-- concerns and bodyAreas also as bit masks, which the list's facet statement compares and counts
-- faster than text arrays (lib/procedures/facet-masks.ts). A trigger keeps them equal to the arrays.

-- CreateTable
CREATE TABLE "FacetMaskBit" (
    "column" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "bit" INTEGER NOT NULL,

    CONSTRAINT "FacetMaskBit_pkey" PRIMARY KEY ("column","value")
);

-- CreateIndex
CREATE UNIQUE INDEX "FacetMaskBit_column_bit_key" ON "FacetMaskBit"("column", "bit");

-- The values of CONCERNS and BODY_AREAS (lib/procedures/constants.ts) today, in their order. Bits
-- 0-30 of a signed 32-bit mask (tests/procedures/facet-masks.test.ts checks the range: a CHECK
-- constraint here stops Prisma's wasm schema engine from diffing the migrations).
INSERT INTO "FacetMaskBit" ("column", "value", "bit")
SELECT 'concerns', "value", ("position" - 1)::int FROM unnest(ARRAY['wrinkles', 'fine_lines', 'volume_loss', 'thin_lips', 'under_eye_hollows', 'sagging_skin', 'sun_damage', 'pigmentation', 'redness', 'acne_scars', 'scars', 'uneven_texture', 'enlarged_pores', 'unwanted_hair', 'excess_fat', 'double_chin', 'loose_skin', 'droopy_eyelids', 'under_eye_bags', 'nose_shape', 'breast_size', 'excessive_sweating', 'visible_veins', 'hair_loss', 'tattoos', 'muscle_tone', 'enlarged_male_breasts', 'implant_concerns', 'labial_discomfort']) WITH ORDINALITY AS t("value", "position")
UNION ALL
SELECT 'bodyAreas', "value", ("position" - 1)::int FROM unnest(ARRAY['face', 'forehead', 'eyes', 'cheeks', 'lips', 'nose', 'chin', 'jawline', 'neck', 'chest', 'breasts', 'arms', 'hands', 'abdomen', 'flanks', 'back', 'buttocks', 'thighs', 'legs', 'underarms', 'scalp', 'genitals']) WITH ORDINALITY AS t("value", "position");

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "bodyAreaMask" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "concernMask" INTEGER NOT NULL DEFAULT 0;

-- The mask of an array's values; a value with no bit is an error, never a silently missing count.
CREATE FUNCTION "facet_mask"(array_column text, items text[]) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
  unknown text;
BEGIN
  SELECT item INTO unknown FROM unnest(items) AS item
  WHERE NOT EXISTS (SELECT 1 FROM "FacetMaskBit" b WHERE b."column" = array_column AND b."value" = item) LIMIT 1;
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'No bit for % value "%": add it to FacetMaskBit in a migration', array_column, unknown;
  END IF;
  RETURN (SELECT coalesce(bit_or(1 << b."bit"), 0) FROM "FacetMaskBit" b WHERE b."column" = array_column AND b."value" = ANY(items));
END
$$;

CREATE FUNCTION "procedure_facet_masks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."concernMask" := "facet_mask"('concerns', NEW."concerns");
  NEW."bodyAreaMask" := "facet_mask"('bodyAreas', NEW."bodyAreas");
  RETURN NEW;
END
$$;

-- Every insert and update, whatever it changes, so no write can leave a mask stale.
CREATE TRIGGER "Procedure_facet_masks" BEFORE INSERT OR UPDATE ON "Procedure"
  FOR EACH ROW EXECUTE FUNCTION "procedure_facet_masks"();

-- Existing rows.
UPDATE "Procedure" SET "concerns" = "concerns";

-- DropIndex
DROP INDEX "Procedure_list_facets_idx";

-- CreateIndex
CREATE INDEX "Procedure_list_facets_idx" ON "Procedure"("costTypicalUsd", "recoveryMaxDays", "invasiveness", "category", "specialty", "riskLevel", "concernMask", "bodyAreaMask");
