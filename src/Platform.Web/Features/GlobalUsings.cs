// The shared kernel (Features/Shared): every feature's outcome, field errors, answers and form pages.
global using Platform.Features.Shared;
