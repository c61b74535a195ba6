namespace RufaBot.LoadDriver;

internal enum TurnKind { Message, Invoke }
