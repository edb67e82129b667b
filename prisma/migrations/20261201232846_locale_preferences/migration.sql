-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "defaultLocale" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

