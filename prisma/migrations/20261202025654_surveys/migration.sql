-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SurveyItemKind" ADD VALUE 'SINGLE_CHOICE';
ALTER TYPE "SurveyItemKind" ADD VALUE 'MULTIPLE_CHOICE';
ALTER TYPE "SurveyItemKind" ADD VALUE 'NUMBER';

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "draft" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "template" TEXT;

-- AlterTable
ALTER TABLE "SurveyAnswer" ADD COLUMN     "choices" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "number" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "SurveyItem" ADD COLUMN     "audience" "Audience" NOT NULL DEFAULT 'EVERYONE',
ADD COLUMN     "highLabel" TEXT,
ADD COLUMN     "lowLabel" TEXT,
ADD COLUMN     "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reverseKeyed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "section" TEXT,
ADD COLUMN     "subscale" TEXT;

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "submittedAt" DROP NOT NULL;

